package org.filiere.benchmarks;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import org.filiere.matching.GeneratedWatch;
import org.filiere.matching.LuceneTenderMatcher;
import org.filiere.matching.NaiveTenderMatcher;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderId;
import org.filiere.watch.TenderMatch;
import org.filiere.watch.WatchProfile;

/**
 * The market watch's matching: 20,000 generated tenders against 3,000 generated watch profiles, with the engine
 * (Lucene's monitor: profiles registered as queries, tenders matched in batches through its presearcher) against
 * the naive baseline that checks every profile against every tender with the same analysis and the same queries.
 * Both run in the same process on the same data; the engine's time includes registering the profiles. The engine
 * is timed on all the tenders over 5 rounds; the baseline, too slow for several rounds on all of them, is timed over 3
 * rounds on a fixed sample (every 10th tender) and its time scaled up to all the tenders (checking every pair, its
 * work grows linearly with the tenders). On the sample, both must find exactly the same matches, reasons included.
 * The ratio is the baseline's scaled time over the engine's.
 */
public final class TenderMatchingBenchmark implements Benchmark {

    static final int TENDERS = 20_000;
    static final int PROFILES = 3_000;
    private static final long SEED = 20_250_604L;
    private static final int SAMPLE_STEP = 10;
    private static final int ENGINE_ROUNDS = 5;
    private static final int BASELINE_ROUNDS = 3;

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

        List<Tender> sample = new ArrayList<>();
        for (int i = 0; i < tenders.size(); i += SAMPLE_STEP) {
            sample.add(tenders.get(i));
        }
        double scale = (double) tenders.size() / sample.size();
        out.printf(Locale.ROOT, "engine: all %d tenders, %d rounds; baseline (every pair): a fixed sample of %d tenders"
                + " (every %dth), %d rounds, its time scaled up x%.1f to %d tenders (its work grows linearly with"
                + " the tenders)%n", tenders.size(), ENGINE_ROUNDS, sample.size(), SAMPLE_STEP, BASELINE_ROUNDS, scale,
                tenders.size());

        List<Tender> warmup = tenders.subList(0, 1_000);
        runEngine(cpv, profiles, warmup);
        new NaiveTenderMatcher(cpv).match(profiles, warmup.subList(0, 200));

        List<List<TenderMatch>> found = new ArrayList<>(List.of(List.of(), List.of()));
        long[] medians = Rounds.alternate(0, ENGINE_ROUNDS, BASELINE_ROUNDS, () -> {
            long start = System.nanoTime();
            found.set(0, runEngine(cpv, profiles, tenders));
            return System.nanoTime() - start;
        }, () -> {
            long start = System.nanoTime();
            found.set(1, new NaiveTenderMatcher(cpv).match(profiles, sample));
            return System.nanoTime() - start;
        }, out);

        Set<TenderId> sampled = new HashSet<>();
        sample.forEach(t -> sampled.add(t.id()));
        List<TenderMatch> engineOnSample = found.get(0).stream().filter(m -> sampled.contains(m.tenderId())).toList();
        boolean identical = engineOnSample.size() == found.get(1).size()
                && new HashSet<>(engineOnSample).equals(new HashSet<>(found.get(1)));
        out.printf("matches on the sample: engine %d, baseline %d; identical (tender, member and reasons): %s"
                + " (engine on all tenders: %d)%n", engineOnSample.size(), found.get(1).size(),
                identical ? "yes" : "NO", found.get(0).size());
        double baselineScaled = medians[1] * scale;
        out.printf(Locale.ROOT, "engine %.0f ms for %d tenders; baseline %.0f ms for %d tenders, %.0f ms scaled to %d%n",
                medians[0] / 1e6, tenders.size(), medians[1] / 1e6, sample.size(), baselineScaled / 1e6,
                tenders.size());
        double ratio = baselineScaled / medians[0];
        return new Result(String.format(Locale.ROOT, "%.0f_ms", medians[0] / 1e6),
                String.format(Locale.ROOT, "%.0f_ms(scaled_from_%d_tenders)", baselineScaled / 1e6, sample.size()),
                identical ? ratio : 0.0, "20(identical_matches=" + (identical ? "yes" : "no") + ")");
    }

    private static List<TenderMatch> runEngine(CpvVocabulary cpv, List<WatchProfile> profiles, List<Tender> tenders) {
        try (LuceneTenderMatcher engine = new LuceneTenderMatcher(cpv)) {
            return engine.match(profiles, tenders);
        }
    }
}
