package org.filiere.speedmeeting;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Who sits at which table in each round, for the organisers.
 *
 * @param eventTitle the event
 * @param rounds     each round used, in order
 */
public record TablePlan(String eventTitle, List<Round> rounds) {

    public TablePlan {
        rounds = List.copyOf(rounds);
    }

    /**
     * One round.
     *
     * @param round    its number
     * @param start    when it starts
     * @param end      when it ends
     * @param meetings its meetings, by table
     */
    public record Round(int round, LocalDateTime start, LocalDateTime end, List<Seating> meetings) {

        public Round {
            meetings = List.copyOf(meetings);
        }
    }

    /**
     * One table in one round.
     *
     * @param table  the table
     * @param first  one person, with their organisation
     * @param second the other
     * @param locked whether an organiser locked the meeting there
     */
    public record Seating(int table, String first, String second, boolean locked) {
    }
}
