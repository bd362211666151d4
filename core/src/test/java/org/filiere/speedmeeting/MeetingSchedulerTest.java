package org.filiere.speedmeeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The scheduler's promises: every timetable holds the rules (no double booking, one meeting per table and round,
 * availability, locks), random instances use at most one round more than the lower bound, two-group instances
 * exactly the bound, and a change after publication moves only what it must.
 */
class MeetingSchedulerTest {

    private final MeetingScheduler scheduler = new MeetingScheduler();

    /** People 0 to n-1, as participant ids that read back in order. */
    private static List<ParticipantId> people(int n) {
        return IntStream.range(0, n).mapToObj(i -> new ParticipantId(new java.util.UUID(0, i))).toList();
    }

    /** Random distinct pairs among {@code n} people, each person in at most {@code cap} of them. */
    private static List<MeetingPair> randomMeetings(Random random, List<ParticipantId> people, int wanted, int cap) {
        int n = people.size();
        int[] degree = new int[n];
        Set<Long> pairs = new HashSet<>();
        List<MeetingPair> meetings = new ArrayList<>();
        for (int attempt = 0; attempt < wanted * 20 && meetings.size() < wanted; attempt++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b || degree[a] >= cap || degree[b] >= cap || !pairs.add((long) Math.min(a, b) * n + Math.max(a, b))) {
                continue;
            }
            degree[a]++;
            degree[b]++;
            meetings.add(new MeetingPair(MeetingId.random(), people.get(a), people.get(b)));
        }
        return meetings;
    }

    /** Random pairs between buyers (the first half) and sellers (the second half). */
    private static List<MeetingPair> buyersAndSellers(Random random, List<ParticipantId> people, int wanted, int cap) {
        int half = people.size() / 2;
        int[] degree = new int[people.size()];
        Set<Long> pairs = new HashSet<>();
        List<MeetingPair> meetings = new ArrayList<>();
        for (int attempt = 0; attempt < wanted * 20 && meetings.size() < wanted; attempt++) {
            int a = random.nextInt(half);
            int b = half + random.nextInt(people.size() - half);
            if (degree[a] >= cap || degree[b] >= cap || !pairs.add((long) a * people.size() + b)) {
                continue;
            }
            degree[a]++;
            degree[b]++;
            meetings.add(new MeetingPair(MeetingId.random(), people.get(a), people.get(b)));
        }
        return meetings;
    }

    /** Checks every rule on a timetable; returns it for further checks. */
    static Timetable assertValid(SchedulingProblem problem, Timetable timetable) {
        Map<MeetingId, MeetingPair> byId = problem.meetings().stream()
                .collect(Collectors.toMap(MeetingPair::id, m -> m));
        Map<String, MeetingId> personRound = new HashMap<>();
        Map<Slot, MeetingId> tableRound = new HashMap<>();
        Set<Integer> rounds = new HashSet<>();
        timetable.placements().forEach((id, slot) -> {
            MeetingPair m = byId.get(id);
            assertThat(m).as("placed meeting %s is one asked for", id).isNotNull();
            assertThat(slot.round()).isBetween(1, problem.rounds());
            assertThat(slot.table()).isBetween(1, problem.tables());
            for (ParticipantId p : List.of(m.first(), m.second())) {
                assertThat(personRound.put(p + "@" + slot.round(), id))
                        .as("%s has two meetings in round %d", p, slot.round()).isNull();
                assertThat(problem.availability().get(p)).as("%s can attend round %d", p, slot.round())
                        .contains(slot.round());
            }
            assertThat(tableRound.put(slot, id)).as("%s holds two meetings", slot).isNull();
            rounds.add(slot.round());
        });
        problem.locks().forEach((id, slot) -> {
            if (timetable.placements().containsKey(id)) {
                assertThat(timetable.placements().get(id)).as("locked meeting stays").isEqualTo(slot);
            }
        });
        assertThat(timetable.placements().size() + timetable.unplaced().size()).isEqualTo(problem.meetings().size());
        timetable.unplaced().forEach(u -> assertThat(u.reason()).isNotBlank());
        assertThat(timetable.roundsUsed()).isEqualTo(rounds.size());
        return timetable;
    }

    @Property(tries = 200)
    void shouldNeverUseMoreThanOneRoundOverTheBoundOnRandomInstances(@ForAll @IntRange(min = 2, max = 60) int n,
            @ForAll @IntRange(min = 1, max = 400) int wanted, @ForAll @IntRange(min = 1, max = 30) int tables,
            @ForAll @IntRange(min = 1, max = 12) int cap, @ForAll long seed) {
        List<MeetingPair> meetings = randomMeetings(new Random(seed), people(n), wanted, cap);
        SchedulingProblem problem = SchedulingProblem.withoutLimits(enoughRounds(meetings, tables, cap), tables,
                meetings);

        Timetable timetable = assertValid(problem, scheduler.schedule(problem));

        assertThat(timetable.unplaced()).isEmpty();
        assertThat(timetable.roundsUsed()).isLessThanOrEqualTo(timetable.lowerBound() + 1);
    }

    @Property(tries = 200)
    void shouldReachTheBoundExactlyWhenRequestsGoBetweenTwoGroups(@ForAll @IntRange(min = 2, max = 60) int n,
            @ForAll @IntRange(min = 1, max = 400) int wanted, @ForAll @IntRange(min = 1, max = 30) int tables,
            @ForAll @IntRange(min = 1, max = 15) int cap, @ForAll long seed) {
        List<MeetingPair> meetings = buyersAndSellers(new Random(seed), people(n), wanted, cap);
        SchedulingProblem problem = SchedulingProblem.withoutLimits(enoughRounds(meetings, tables, cap), tables,
                meetings);

        Timetable timetable = assertValid(problem, scheduler.schedule(problem));

        assertThat(timetable.unplaced()).isEmpty();
        assertThat(timetable.roundsUsed()).isEqualTo(timetable.lowerBound());
    }

    @Property(tries = 200)
    void shouldKeepEveryRuleWithAvailabilityAndLocks(@ForAll @IntRange(min = 2, max = 40) int n,
            @ForAll @IntRange(min = 1, max = 200) int wanted, @ForAll @IntRange(min = 1, max = 12) int rounds,
            @ForAll @IntRange(min = 1, max = 10) int tables, @ForAll long seed) {
        Random random = new Random(seed);
        List<ParticipantId> people = people(n);
        List<MeetingPair> meetings = randomMeetings(random, people, wanted, rounds);
        Map<ParticipantId, Set<Integer>> availability = new HashMap<>();
        for (ParticipantId p : people) {
            Set<Integer> can = new HashSet<>();
            int from = 1 + random.nextInt(rounds);
            int to = from + random.nextInt(rounds - from + 1);
            IntStream.rangeClosed(from, to).forEach(can::add);
            if (random.nextInt(3) == 0) {
                can.addAll(Layout.allRounds(rounds));
            }
            availability.put(p, can);
        }
        Map<MeetingId, Slot> locks = new HashMap<>();
        for (MeetingPair m : meetings) {
            if (random.nextInt(10) == 0) {
                locks.put(m.id(), new Slot(1 + random.nextInt(rounds), 1 + random.nextInt(tables)));
            }
        }
        SchedulingProblem problem = new SchedulingProblem(rounds, tables, availability, meetings, locks, Map.of());

        Timetable timetable = assertValid(problem, scheduler.schedule(problem));
        Map<MeetingId, Slot> placed = new HashMap<>(timetable.placements());
        List<MeetingPair> fewer = meetings.stream().filter(m -> random.nextInt(4) != 0).toList();
        SchedulingProblem changed = new SchedulingProblem(rounds, tables, availability, fewer,
                locks.entrySet().stream().filter(l -> fewer.stream().anyMatch(m -> m.id().equals(l.getKey())))
                        .filter(l -> l.getValue().equals(placed.get(l.getKey())))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), Map.of());
        Timetable after = assertValid(changed, scheduler.reschedule(changed, placed));

        Set<MeetingId> reallyMoved = after.placements().entrySet().stream()
                .filter(e -> placed.containsKey(e.getKey()) && !placed.get(e.getKey()).equals(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(after.moved()).as("the meetings said to have moved").isEqualTo(reallyMoved);
        boolean nothingWaited = fewer.stream().allMatch(m -> placed.containsKey(m.id()));
        if (nothingWaited) {
            assertThat(after.moved()).as("cancellations alone move nobody").isEmpty();
        }
    }

    @Example
    void shouldPlaceEveryMeetingOfTwoRegularGroupsInExactlyDeltaRounds() {
        List<ParticipantId> people = people(40);
        List<MeetingPair> meetings = new ArrayList<>();
        for (int buyer = 0; buyer < 20; buyer++) {
            for (int k = 0; k < 8; k++) {
                meetings.add(new MeetingPair(MeetingId.random(), people.get(buyer), people.get(20 + (buyer + k) % 20)));
            }
        }
        SchedulingProblem problem = SchedulingProblem.withoutLimits(20, 20, meetings);

        Timetable timetable = assertValid(problem, scheduler.schedule(problem));

        assertThat(timetable.lowerBound()).isEqualTo(8);
        assertThat(timetable.roundsUsed()).isEqualTo(8);
        assertThat(timetable.placements().values()).extracting(Slot::round).allMatch(r -> r <= 8);
    }

    @Example
    void shouldUseMoreRoundsWhenTablesAreShort() {
        List<ParticipantId> people = people(8);
        List<MeetingPair> meetings = List.of(pair(people, 0, 1), pair(people, 2, 3), pair(people, 4, 5),
                pair(people, 6, 7), pair(people, 0, 2));
        SchedulingProblem problem = SchedulingProblem.withoutLimits(10, 2, meetings);

        Timetable timetable = assertValid(problem, scheduler.schedule(problem));

        assertThat(timetable.lowerBound()).isEqualTo(3);
        assertThat(timetable.roundsUsed()).isEqualTo(3);
    }

    @Example
    void shouldKeepALockedMeetingInItsSlot() {
        List<ParticipantId> people = people(4);
        MeetingPair locked = pair(people, 0, 1);
        List<MeetingPair> meetings = List.of(locked, pair(people, 0, 2), pair(people, 1, 3), pair(people, 2, 3));
        SchedulingProblem problem = new SchedulingProblem(6, 3, all(people, 6), meetings,
                Map.of(locked.id(), new Slot(4, 3)), Map.of());

        Timetable timetable = assertValid(problem, scheduler.schedule(problem));

        assertThat(timetable.placements()).containsEntry(locked.id(), new Slot(4, 3));
        assertThat(timetable.unplaced()).isEmpty();
    }

    @Example
    void shouldPlaceMeetingsOnlyInRoundsBothCanAttendAndSayWhyNotOtherwise() {
        List<ParticipantId> people = people(3);
        MeetingPair possible = pair(people, 0, 1);
        MeetingPair impossible = pair(people, 1, 2);
        Map<ParticipantId, Set<Integer>> availability = Map.of(people.get(0), Set.of(3), people.get(1),
                Set.of(1, 2, 3), people.get(2), Set.of(5, 6));
        SchedulingProblem problem = new SchedulingProblem(6, 5, availability, List.of(possible, impossible), Map.of(),
                Map.of(people.get(1), "Bruno Vial", people.get(2), "Chloé Rey"));

        Timetable timetable = assertValid(problem, scheduler.schedule(problem));

        assertThat(timetable.placements().get(possible.id()).round()).isEqualTo(3);
        assertThat(timetable.unplaced()).singleElement().satisfies(u -> {
            assertThat(u.meeting()).isEqualTo(impossible.id());
            assertThat(u.reason()).startsWith("unavailable").contains("Bruno Vial can attend rounds 1-3")
                    .contains("Chloé Rey rounds 5-6");
        });
    }

    @Example
    void shouldSayWhenTheOnlyCommonRoundIsTaken() {
        List<ParticipantId> people = people(3);
        MeetingPair first = pair(people, 0, 1);
        MeetingPair second = pair(people, 0, 2);
        Map<ParticipantId, Set<Integer>> availability = Map.of(people.get(0), Set.of(2), people.get(1), Set.of(2),
                people.get(2), Set.of(2));
        SchedulingProblem problem = new SchedulingProblem(3, 5, availability, List.of(first, second), Map.of(),
                Map.of());

        Timetable timetable = assertValid(problem, scheduler.schedule(problem));

        assertThat(timetable.unplaced()).singleElement()
                .satisfies(u -> assertThat(u.reason()).startsWith("no common free round"));
    }

    @Example
    void shouldMoveNothingWhenALateMeetingFitsAndSayWhatMovedWhenAChainMustSwap() {
        List<ParticipantId> people = people(4);
        MeetingPair ab = pair(people, 0, 1);
        MeetingPair cd = pair(people, 2, 3);
        SchedulingProblem before = SchedulingProblem.withoutLimits(2, 2, List.of(ab, cd));
        Timetable published = assertValid(before, scheduler.schedule(before));
        assertThat(published.roundsUsed()).isEqualTo(1);

        MeetingPair ac = pair(people, 0, 2);
        SchedulingProblem late = SchedulingProblem.withoutLimits(2, 2, List.of(ab, cd, ac));
        Timetable after = assertValid(late, scheduler.reschedule(late, published.placements()));

        assertThat(after.moved()).isEmpty();
        assertThat(after.placements().get(ab.id())).isEqualTo(published.placements().get(ab.id()));
        assertThat(after.placements().get(cd.id())).isEqualTo(published.placements().get(cd.id()));
        assertThat(after.placements().get(ac.id()).round()).isNotEqualTo(published.placements().get(ab.id()).round());

        MeetingPair bd = pair(people, 1, 3);
        Map<ParticipantId, Set<Integer>> onlyTwoRounds = all(people, 2);
        SchedulingProblem full = new SchedulingProblem(2, 2, onlyTwoRounds, List.of(ab, cd, ac, bd), Map.of(),
                Map.of());
        Timetable chained = assertValid(full, scheduler.reschedule(full, after.placements()));

        assertThat(chained.unplaced()).isEmpty();
        Set<MeetingId> reallyMoved = after.placements().entrySet().stream()
                .filter(e -> !chained.placements().get(e.getKey()).equals(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(chained.moved()).isEqualTo(reallyMoved);
    }

    @Example
    void shouldMoveNobodyWhenAParticipantLeaves() {
        Random random = new Random(7);
        List<ParticipantId> people = people(30);
        List<MeetingPair> meetings = randomMeetings(random, people, 120, 10);
        SchedulingProblem problem = SchedulingProblem.withoutLimits(20, 8, meetings);
        Timetable published = assertValid(problem, scheduler.schedule(problem));

        ParticipantId leaving = people.get(3);
        List<MeetingPair> left = meetings.stream()
                .filter(m -> !m.first().equals(leaving) && !m.second().equals(leaving)).toList();
        SchedulingProblem after = SchedulingProblem.withoutLimits(20, 8, left);
        Timetable rescheduled = assertValid(after, scheduler.reschedule(after, published.placements()));

        assertThat(rescheduled.moved()).isEmpty();
        left.forEach(m -> assertThat(rescheduled.placements().get(m.id())).isEqualTo(published.placements().get(m.id())));
    }

    @Example
    void shouldReduceIdleGapsBetweenAPersonsMeetings() {
        List<ParticipantId> people = people(6);
        List<MeetingPair> meetings = List.of(pair(people, 0, 1), pair(people, 2, 3), pair(people, 0, 4),
                pair(people, 2, 5), pair(people, 0, 5));
        SchedulingProblem problem = SchedulingProblem.withoutLimits(10, 10, meetings);

        Timetable timetable = assertValid(problem, scheduler.schedule(problem));

        List<Integer> roundsOfFirst = meetings.stream().filter(m -> m.first().equals(people.get(0)))
                .map(m -> timetable.placements().get(m.id()).round()).sorted().toList();
        assertThat(roundsOfFirst.get(roundsOfFirst.size() - 1) - roundsOfFirst.get(0)).isEqualTo(2);
    }

    /** More rounds than any timetable of these meetings needs, so that the bound is the only limit. */
    private static int enoughRounds(List<MeetingPair> meetings, int tables, int cap) {
        return meetings.size() / tables + 2 * cap + 2;
    }

    private static MeetingPair pair(List<ParticipantId> people, int a, int b) {
        return new MeetingPair(MeetingId.random(), people.get(a), people.get(b));
    }

    private static Map<ParticipantId, Set<Integer>> all(List<ParticipantId> people, int rounds) {
        return people.stream().collect(Collectors.toMap(p -> p, p -> Layout.allRounds(rounds)));
    }
}
