package org.filiere.speedmeeting;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scheduler gives: a slot for every meeting it could place, and the reason for each it could not.
 *
 * @param placements  the slot of each meeting placed
 * @param unplaced    the meetings left out, each with the reason
 * @param roundsUsed  how many rounds hold at least one meeting
 * @param lowerBound  no timetable of these meetings can use fewer rounds: max(Δ, ⌈E/T⌉), Δ the most meetings of one
 *                    person, E the meetings, T the tables
 * @param moved       when re-scheduling, the meetings placed before whose slot changed
 */
public record Timetable(Map<MeetingId, Slot> placements, List<Unplaced> unplaced, int roundsUsed, int lowerBound,
        Set<MeetingId> moved) {

    /**
     * A meeting the scheduler could not place.
     *
     * @param meeting the meeting
     * @param reason  why, in words an organiser understands
     */
    public record Unplaced(MeetingId meeting, String reason) {
    }

    public Timetable {
        placements = Map.copyOf(placements);
        unplaced = List.copyOf(unplaced);
        moved = Set.copyOf(moved);
    }

    /** How many rounds more than the lower bound it uses. */
    public int roundsOverBound() {
        return roundsUsed - lowerBound;
    }
}
