package org.filiere.speedmeeting;

import java.time.LocalDateTime;

/**
 * One meeting in a participant's agenda.
 *
 * @param meeting      the meeting
 * @param round        its round
 * @param start        when the round starts, Paris time
 * @param end          when it ends, Paris time
 * @param table        the table
 * @param with         the other person
 * @param organisation their organisation
 * @param sequence     the meeting's calendar sequence
 */
public record AgendaItem(MeetingId meeting, int round, LocalDateTime start, LocalDateTime end, int table,
        String with, String organisation, int sequence) {
}
