package org.filiere.demo;

import java.io.PrintStream;

/**
 * One part of the tour: it fills the demo cluster with one feature's realistic data, once, and prints that
 * feature's figures.
 */
public interface TourStep {

    /** Whether this step's data is already in the database (the demo keeps its data between runs). */
    boolean isLoaded(DemoCluster cluster);

    /** Creates this step's data through the library's services. */
    void populate(DemoCluster cluster, DemoData data);

    /**
     * Work the step can do ahead, before the library is even started and on a thread of its own while the steps
     * before it run, such as setting up an engine its report uses. It must not reach the library; by default there
     * is none.
     */
    default void prepare() {
    }

    /** Prints this step's figures. */
    void report(DemoCluster cluster, PrintStream out);
}
