package org.filiere.speedmeeting;

import java.util.List;
import java.util.Optional;

import org.filiere.event.EventId;
import org.filiere.kernel.NotFoundException;

/** The speed-meetings of speed-meeting events, one per event. */
public interface SpeedMeetings {

    Optional<SpeedMeeting> find(EventId event);

    /** The speed-meeting of the event. */
    default SpeedMeeting get(EventId event) {
        return find(event).orElseThrow(() -> new NotFoundException("speed-meeting for event " + event
                + " (open it first)"));
    }

    /**
     * The speed-meeting, held for the rest of the transaction: requests and answers to one event are made one after
     * the other, so that the cap on open requests and the answers always see each other.
     */
    SpeedMeeting getForUpdate(EventId event);

    /** The speed-meetings where someone with this e-mail address (in any case) took part. */
    List<SpeedMeeting> withPerson(String email);

    /**
     * Stores a new speed-meeting or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it was changed since it was read
     */
    void save(SpeedMeeting speedMeeting);
}
