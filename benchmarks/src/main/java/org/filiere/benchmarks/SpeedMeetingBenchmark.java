package org.filiere.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.filiere.speedmeeting.MeetingId;
import org.filiere.speedmeeting.MeetingPair;
import org.filiere.speedmeeting.MeetingScheduler;
import org.filiere.speedmeeting.ParticipantId;
import org.filiere.speedmeeting.SchedulingProblem;
import org.filiere.speedmeeting.Timetable;

/**
 * The speed-meeting scheduler: 300 participants, 3,000 accepted meetings, enough tables, on random instances (several
 * seeds) and on a buyers-and-sellers instance of the same size, against first-fit greedy in request order. Each side
 * reports the rounds it uses over the lower bound max(Δ, ⌈E/T⌉); the scheduler's time is measured on the random and
 * the two-group instance, alternating with the baseline, after a warm-up.
 *
 * <p>Instances: 3,000 meetings among 300 people is 20 meetings per person on average, and with 20 rounds nobody can
 * have more than 20: so every instance is 20-regular (everyone has exactly 20 meetings) and the bound is 20 rounds.
 * A random instance starts from a ring where each person meets the ten people on each side, then a million random
 * double-edge swaps (ab, cd become ad, cb) mix it while keeping everyone at 20. The two-group instance has 150
 * buyers and 150 sellers, each buyer meeting 20 sellers, mixed the same way without ever joining two buyers or two
 * sellers. Requests come in a random order. There are 150 tables (all 300 people seated at once) and the layout
 * offers 40 rounds, so that a longer timetable shows as rounds rather than as meetings left out.
 */
public final class SpeedMeetingBenchmark implements Benchmark {

    static final int PEOPLE = 300;
    static final int PER_PERSON = 20;
    static final int TABLES = 150;
    static final int ROUNDS = 40;
    private static final long[] SEEDS = {1L, 2L, 3L, 4L, 5L};
    private static final int SWAPS = 1_000_000;

    @Override
    public String name() {
        return "speed-meetings";
    }

    @Override
    public String description() {
        return "300 people, 3,000 meetings: rounds over the bound and time, scheduler vs first-fit greedy";
    }

    @Override
    public Result run(PrintStream out) throws Exception {
        out.println("Instances: " + PEOPLE + " participants, " + PEOPLE * PER_PERSON / 2 + " accepted meetings, "
                + "everyone with exactly " + PER_PERSON + " meetings (20-regular: the average is 20 and 20 rounds cap"
                + " anyone at 20), " + TABLES + " tables, a layout of " + ROUNDS + " rounds.");
        out.println("Random: a ring (each meets the 10 on each side) mixed by " + SWAPS + " random double-edge swaps;"
                + " two groups: 150 buyers x 150 sellers mixed the same way; requests in random order.");
        MeetingScheduler scheduler = new MeetingScheduler();
        List<String> names = new ArrayList<>();
        List<List<MeetingPair>> instances = new ArrayList<>();
        for (long seed : SEEDS) {
            names.add("random seed " + seed);
            instances.add(random(seed, false));
        }
        names.add("two groups seed 1");
        instances.add(random(1, true));

        List<Integer> oursOver = new ArrayList<>();
        List<Integer> baselineOver = new ArrayList<>();
        int oursRounds = 0;
        int baselineRounds = 0;
        boolean randomWithinOne = true;
        boolean twoGroupsExact = true;
        for (int i = 0; i < instances.size(); i++) {
            List<MeetingPair> meetings = instances.get(i);
            long start = System.nanoTime();
            Timetable timetable = scheduler.schedule(SchedulingProblem.withoutLimits(ROUNDS, TABLES, meetings));
            long took = System.nanoTime() - start;
            int greedy = FirstFitScheduler.roundsUsed(meetings, ROUNDS * 2, TABLES);
            int bound = timetable.lowerBound();
            out.printf(Locale.ROOT, "%-18s bound %d: ours %d rounds (%d unplaced, %.0f ms first run), first-fit %d"
                    + " rounds%n", names.get(i), bound, timetable.roundsUsed(), timetable.unplaced().size(),
                    took / 1e6, greedy);
            if (!timetable.unplaced().isEmpty()) {
                throw new IllegalStateException("The scheduler left meetings out on " + names.get(i));
            }
            oursOver.add(timetable.roundsOverBound());
            baselineOver.add(greedy - bound);
            oursRounds += timetable.roundsUsed();
            baselineRounds += greedy;
            if (i < SEEDS.length) {
                randomWithinOne &= timetable.roundsOverBound() <= 1;
            } else {
                twoGroupsExact &= timetable.roundsOverBound() == 0;
            }
        }

        List<MeetingPair> random = instances.get(0);
        List<MeetingPair> twoGroups = instances.get(instances.size() - 1);
        out.println("Timing on the random instance (seed 1):");
        long[] randomTimes = Rounds.alternate(2, 5,
                () -> time(() -> scheduler.schedule(SchedulingProblem.withoutLimits(ROUNDS, TABLES, random))),
                () -> time(() -> FirstFitScheduler.roundsUsed(random, ROUNDS * 2, TABLES)), out);
        out.println("Timing on the two-group instance:");
        long[] groupTimes = Rounds.alternate(2, 5,
                () -> time(() -> scheduler.schedule(SchedulingProblem.withoutLimits(ROUNDS, TABLES, twoGroups))),
                () -> time(() -> FirstFitScheduler.roundsUsed(twoGroups, ROUNDS * 2, TABLES)), out);
        long slowest = Math.max(randomTimes[0], groupTimes[0]);
        boolean fast = slowest < 1_000_000_000L;

        String ours = String.format(Locale.ROOT, "%.1f_rounds_over_bound(max_%d,random_median_%.0f_ms,two_groups_median"
                + "_%.0f_ms)", mean(oursOver), Collections.max(oursOver), randomTimes[0] / 1e6, groupTimes[0] / 1e6);
        String baseline = String.format(Locale.ROOT, "%.1f_rounds_over_bound(max_%d,random_median_%.1f_ms)",
                mean(baselineOver), Collections.max(baselineOver), randomTimes[1] / 1e6);
        String target = "random<=bound+1:" + (randomWithinOne ? "met" : "MISSED") + ",two_groups=bound:"
                + (twoGroupsExact ? "met" : "MISSED") + ",under_1s:" + (fast ? "met" : "MISSED");
        out.println("ratio: rounds used by the scheduler over rounds used by first-fit, all instances together");
        return new Result(ours, baseline, (double) oursRounds / baselineRounds, target);
    }

    private static double mean(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    private static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    /** A 20-regular instance, mixed by random double-edge swaps, in random request order. */
    static List<MeetingPair> random(long seed, boolean twoGroups) {
        Random random = new Random(seed);
        List<int[]> edges = new ArrayList<>();
        Set<Long> present = new HashSet<>();
        if (twoGroups) {
            int half = PEOPLE / 2;
            for (int buyer = 0; buyer < half; buyer++) {
                for (int k = 0; k < PER_PERSON; k++) {
                    add(edges, present, buyer, half + (buyer + k) % half);
                }
            }
        } else {
            for (int v = 0; v < PEOPLE; v++) {
                for (int k = 1; k <= PER_PERSON / 2; k++) {
                    add(edges, present, v, (v + k) % PEOPLE);
                }
            }
        }
        for (int s = 0; s < SWAPS; s++) {
            int i = random.nextInt(edges.size());
            int j = random.nextInt(edges.size());
            int[] e = edges.get(i);
            int[] f = edges.get(j);
            int a = e[0];
            int b = e[1];
            int c = f[0];
            int d = f[1];
            if (!twoGroups && random.nextBoolean()) {
                int t = c;
                c = d;
                d = t;
            }
            if (a == d || c == b || a == c || b == d || present.contains(key(a, d)) || present.contains(key(c, b))) {
                continue;
            }
            present.remove(key(a, b));
            present.remove(key(c, d));
            present.add(key(a, d));
            present.add(key(c, b));
            edges.set(i, new int[] {a, d});
            edges.set(j, new int[] {c, b});
        }
        Collections.shuffle(edges, random);
        List<ParticipantId> people = new ArrayList<>();
        for (int v = 0; v < PEOPLE; v++) {
            people.add(new ParticipantId(new UUID(seed, v)));
        }
        List<MeetingPair> meetings = new ArrayList<>();
        for (int[] e : edges) {
            boolean flip = random.nextBoolean();
            meetings.add(new MeetingPair(MeetingId.random(), people.get(flip ? e[1] : e[0]),
                    people.get(flip ? e[0] : e[1])));
        }
        return meetings;
    }

    private static void add(List<int[]> edges, Set<Long> present, int a, int b) {
        edges.add(new int[] {a, b});
        present.add(key(a, b));
    }

    private static long key(int a, int b) {
        return (long) Math.min(a, b) * PEOPLE + Math.max(a, b);
    }
}
