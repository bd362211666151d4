package org.filiere.speedmeeting;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the scheduler is asked: the rounds and tables there are, who can attend which rounds, the accepted meetings,
 * and the meetings an organiser locked to a round and a table.
 *
 * @param rounds       how many rounds the layout has
 * @param tables       how many tables
 * @param availability for each participant, the rounds (from 1) they can attend
 * @param meetings     the accepted meetings
 * @param locks        the meetings locked to a slot
 * @param names        how participants are named in the reasons a meeting could not be placed
 */
public record SchedulingProblem(int rounds, int tables, Map<ParticipantId, Set<Integer>> availability,
        List<MeetingPair> meetings, Map<MeetingId, Slot> locks, Map<ParticipantId, String> names) {

    public SchedulingProblem {
        if (rounds < 1 || tables < 1) {
            throw new IllegalArgumentException("A layout needs at least one round and one table, not " + rounds
                    + " round(s) and " + tables + " table(s)");
        }
        availability = Map.copyOf(Objects.requireNonNull(availability, "availability"));
        meetings = List.copyOf(meetings);
        locks = Map.copyOf(locks);
        names = Map.copyOf(names);
    }

    /** Everyone available in every round. */
    public static SchedulingProblem withoutLimits(int rounds, int tables, List<MeetingPair> meetings) {
        Set<Integer> all = Layout.allRounds(rounds);
        Map<ParticipantId, Set<Integer>> availability = new java.util.HashMap<>();
        for (MeetingPair m : meetings) {
            availability.put(m.first(), all);
            availability.put(m.second(), all);
        }
        return new SchedulingProblem(rounds, tables, availability, meetings, Map.of(), Map.of());
    }
}
