package org.filiere.benchmarks;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.filiere.matching.GeneratedWatch;
import org.filiere.matching.LuceneTenderMatcher;
import org.filiere.matching.NaiveTenderMatcher;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderMatch;
import org.filiere.watch.WatchProfile;

/**
 * The market watch's matching: 20,000 generated tenders against 3,000 generated watch profiles, with the engine
 * (Lucene's monitor: profiles registered as queries, tenders matched in batches through its presearcher) against
 * the naive baseline that checks every profile against every tender with the same analysis and the same queries.
 * Both run in the same process on the same data; the engine's time includes registering the profiles. Both must
 * find exactly the same matches, reasons included. The ratio is the baseline's time over the engine's.
 */
public final class TenderMatchingBenchmark implements Benchmark {

    static final int TENDERS = 20_000;
    static final int PROFILES = 3_000;
    private static final long SEED = 20_250_604L;

    @Override
    public String name() {
        return "tender-matching";
    }

    @Override
    public String description() {
        return "20,000 tenders x 3,000 watch profiles: Lucene monitor engine vs checking every pair (same analysis)";
    }

    @Override
    public Result run(PrintStream out) throws Exception {
        CpvVocabulary cpv = CpvVocabulary.shipped();
        GeneratedWatch generated = new GeneratedWatch(cpv, SEED);
        List<Tender> tenders = generated.tenders(TENDERS, LocalDate.of(2025, 6, 4));
        List<WatchProfile> profiles = generated.profiles(PROFILES);
        out.printf("%d tenders, %d profiles generated%n", tenders.size(), profiles.size());

        List<Tender> warmup = tenders.subList(0, 1_000);
        runEngine(cpv, profiles, warmup);
        new NaiveTenderMatcher(cpv).match(profiles, warmup.subList(0, 200));

        List<List<TenderMatch>> found = new java.util.ArrayList<>(List.of(List.of(), List.of()));
        long[] medians = Rounds.alternate(0, 1, () -> {
            long start = System.nanoTime();
            found.set(0, runEngine(cpv, profiles, tenders));
            return System.nanoTime() - start;
        }, () -> {
            long start = System.nanoTime();
            found.set(1, new NaiveTenderMatcher(cpv).match(profiles, tenders));
            return System.nanoTime() - start;
        }, out);

        boolean identical = found.get(0).equals(found.get(1));
        out.printf("matches: engine %d, baseline %d; identical (tender, member and reasons): %s%n",
                found.get(0).size(), found.get(1).size(), identical ? "yes" : "NO");
        out.printf("engine %.0f ms, baseline %.0f ms%n", medians[0] / 1e6, medians[1] / 1e6);
        double ratio = (double) medians[1] / medians[0];
        return new Result(String.format(Locale.ROOT, "%.0f_ms", medians[0] / 1e6),
                String.format(Locale.ROOT, "%.0f_ms", medians[1] / 1e6), identical ? ratio : 0.0,
                "20(identical_matches=" + (identical ? "yes" : "no") + ")");
    }

    private static List<TenderMatch> runEngine(CpvVocabulary cpv, List<WatchProfile> profiles, List<Tender> tenders) {
        try (LuceneTenderMatcher engine = new LuceneTenderMatcher(cpv)) {
            return engine.match(profiles, tenders);
        }
    }
}
