package org.filiere.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Timing helpers: runs alternate between the library and the baseline after the same warm-up on both sides, and the
 * median is kept, printed with the spread (fastest and slowest round) of each side.
 */
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
     * ones, prints each side's median and spread, and returns the median nanoseconds of each:
     * {@code [ours, baseline]}.
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
        out.println("ours:     " + summary(o));
        out.println("baseline: " + summary(b));
        return new long[] {median(o), median(b)};
    }

    /** The median of the rounds with their spread, for instance {@code median 812.4 ms (min 790.1, max 845.0; 3 rounds)}. */
    public static String summary(List<Long> nanos) {
        return String.format(java.util.Locale.ROOT, "median %.1f ms (min %.1f, max %.1f; %d rounds)",
                median(nanos) / 1e6, Collections.min(nanos) / 1e6, Collections.max(nanos) / 1e6, nanos.size());
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
