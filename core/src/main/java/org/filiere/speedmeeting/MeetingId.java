package org.filiere.speedmeeting;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a speed-meeting meeting.
 *
 * @param value a random UUID
 */
public record MeetingId(UUID value) {

    public MeetingId {
        if (value == null) {
            throw new IllegalArgumentException("A meeting id needs a value");
        }
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    public static MeetingId of(String text) {
        return new MeetingId(Ids.uuid("A speed-meeting meeting", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
