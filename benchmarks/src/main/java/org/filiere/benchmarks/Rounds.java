package org.filiere.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timing helpers: runs alternate between the library and the baseline, and the median is kept. */
public final class Rounds {

    private Rounds() {
    }

    /** Something timed once, returning how long it took in nanoseconds. */
    @FunctionalInterface
    public interface Timed {
        long run() throws Exception;
    }

    /**
     * Times {@code ours} and {@code baseline} alternately, {@code warmups} untimed rounds then {@code rounds} timed
     * ones, and returns the median nanoseconds of each: {@code [ours, baseline]}.
     */
    public static long[] alternate(int warmups, int rounds, Timed ours, Timed baseline, java.io.PrintStream out)
            throws Exception {
        for (int i = 0; i < warmups; i++) {
            ours.run();
            baseline.run();
        }
        List<Long> o = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            o.add(ours.run());
            b.add(baseline.run());
            out.printf("round %d: ours %.1f ms, baseline %.1f ms%n", i + 1, o.get(i) / 1e6, b.get(i) / 1e6);
        }
        return new long[] {median(o), median(b)};
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
