package org.filiere.speedmeeting;

import java.util.List;

/**
 * How a speed-meeting went: requests and their answers, meetings placed and held, and the same per participant.
 * A meeting is held when both people checked in at the event.
 *
 * @param requested     requests made
 * @param accepted      meetings accepted (and not called off)
 * @param declined      requests declined
 * @param expired       requests that expired
 * @param withdrawn     requests and meetings called off
 * @param placed        accepted meetings with a slot
 * @param held          placed meetings whose two people checked in
 * @param roundsUsed    rounds holding a meeting
 * @param participants  per participant, by name
 */
public record SpeedMeetingFigures(long requested, long accepted, long declined, long expired, long withdrawn,
        long placed, long held, int roundsUsed, List<ParticipantFigures> participants) {

    public SpeedMeetingFigures {
        participants = List.copyOf(participants);
    }

    /**
     * One participant's figures.
     *
     * @param participant their name
     * @param organisation their organisation
     * @param sent        requests they made
     * @param received    requests made to them
     * @param accepted    their accepted meetings
     * @param held        their meetings held
     */
    public record ParticipantFigures(String participant, String organisation, long sent, long received,
            long accepted, long held) {
    }
}
