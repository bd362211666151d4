package org.filiere.benchmarks;

/**
 * The outcome of a benchmark, printed as its last line:
 * {@code RESULT <name> ours=<figure> baseline=<figure> ratio=<x> target=<y>}.
 *
 * @param ours     the library's figure, with its unit
 * @param baseline the baseline's figure, with its unit
 * @param ratio    how the library compares (the benchmark says in which direction)
 * @param target   the figure the ratio must reach, or {@code none}
 */
public record Result(String ours, String baseline, double ratio, String target) {

    String line(String name) {
        return String.format(java.util.Locale.ROOT, "RESULT %s ours=%s baseline=%s ratio=%.3f target=%s", name, ours,
                baseline, ratio, target);
    }
}
