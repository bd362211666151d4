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
        return alternate(warmups, rounds, rounds, ours, baseline, out);
    }

    /**
     * Like {@link #alternate(int, int, Timed, Timed, java.io.PrintStream)} with a different number of timed rounds
     * per side (at least 3 each): the sides alternate while both have rounds left, then the side with more finishes.
     */
    public static long[] alternate(int warmups, int oursRounds, int baselineRounds, Timed ours, Timed baseline,
            java.io.PrintStream out) throws Exception {
        if (oursRounds < 3 || baselineRounds < 3) {
            throw new IllegalArgumentException("a median needs at least 3 rounds per side, not " + oursRounds + " and "
                    + baselineRounds);
        }
        for (int i = 0; i < warmups; i++) {
            ours.run();
            baseline.run();
        }
        List<Long> o = new ArrayList<>();
        List<Long> b = new ArrayList<>();
        for (int i = 0; i < Math.max(oursRounds, baselineRounds); i++) {
            StringBuilder line = new StringBuilder("round " + (i + 1) + ":");
            if (i < oursRounds) {
                o.add(ours.run());
                line.append(String.format(java.util.Locale.ROOT, " ours %.1f ms", o.get(i) / 1e6));
            }
            if (i < baselineRounds) {
                b.add(baseline.run());
                line.append(String.format(java.util.Locale.ROOT, " baseline %.1f ms", b.get(i) / 1e6));
            }
            out.println(line);
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
