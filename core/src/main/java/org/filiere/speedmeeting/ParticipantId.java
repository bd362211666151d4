package org.filiere.speedmeeting;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a speed-meeting participant.
 *
 * @param value a random UUID
 */
public record ParticipantId(UUID value) {

    public ParticipantId {
        if (value == null) {
            throw new IllegalArgumentException("A participant id needs a value");
        }
    }

    public static ParticipantId random() {
        return new ParticipantId(UUID.randomUUID());
    }

    public static ParticipantId of(String text) {
        return new ParticipantId(Ids.uuid("A speed-meeting participant", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
