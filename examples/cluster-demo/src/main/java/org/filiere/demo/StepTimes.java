package org.filiere.demo;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * The wall time of each part of the tour, printed on the error stream when {@code CLUSTER_DEMO_TIMES=1} is set in
 * the environment (or {@code -Dcluster-demo.times=true} is given to the JVM); otherwise it only runs the parts.
 */
final class StepTimes {

    private final PrintStream err;

    private StepTimes(PrintStream err) {
        this.err = err;
    }

    /** Times printed on {@code err} when the environment asks for them, none otherwise. */
    static StepTimes fromEnvironment(PrintStream err) {
        boolean on = "1".equals(System.getenv("CLUSTER_DEMO_TIMES")) || Boolean.getBoolean("cluster-demo.times");
        return new StepTimes(on ? err : null);
    }

    /** Runs one phase of a part and prints its time. */
    void time(String part, String phase, Runnable work) {
        time(part, phase, () -> {
            work.run();
            return null;
        });
    }

    /** Runs one phase of a part, prints its time and returns its result. */
    <T> T time(String part, String phase, Supplier<T> work) {
        if (err == null) {
            return work.get();
        }
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            err.printf("time %-8s %-16s %6d ms%n", phase, part,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
