package org.filiere.speedmeeting;

import java.util.List;

/**
 * A participant's meetings at a speed-meeting, round by round, with the venue.
 *
 * @param eventTitle   the event
 * @param venue        where it is held, on one line
 * @param participant  whose agenda
 * @param organisation their organisation
 * @param items        the meetings, by round
 */
public record Agenda(String eventTitle, String venue, String participant, String organisation,
        List<AgendaItem> items) {

    public Agenda {
        items = List.copyOf(items);
    }
}
