package org.filiere.speedmeeting;

import java.util.Objects;

/**
 * An accepted meeting as the scheduler sees it: two people who meet once.
 *
 * @param id     the meeting (its request's id)
 * @param first  one of them
 * @param second the other
 */
public record MeetingPair(MeetingId id, ParticipantId first, ParticipantId second) {

    public MeetingPair {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second)) {
            throw new IllegalArgumentException("A meeting needs two people, not " + first + " twice");
        }
    }
}
