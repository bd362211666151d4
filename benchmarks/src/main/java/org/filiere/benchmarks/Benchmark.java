package org.filiere.benchmarks;

import java.io.PrintStream;

/** One side-by-side measurement: the library against a named baseline, in the same run. */
public interface Benchmark {

    /** The name given to {@code benchmarks/run}. */
    String name();

    /** One line saying what is measured against what. */
    String description();

    /** Runs the measurement, printing progress to {@code out}, and returns the figures. */
    Result run(PrintStream out) throws Exception;
}
