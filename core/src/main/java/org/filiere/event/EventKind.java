package org.filiere.event;

/** What kind of event it is. */
public enum EventKind {
    /** A half-day talk on one subject (a "Them@"). */
    THEMATIC_MEETING,
    /** One-to-one business meetings in short rounds at numbered tables. */
    SPEED_MEETING,
    /** Anything else: a general assembly, a visit, a party. */
    OTHER;

    /** How staff name it. */
    public String label() {
        return switch (this) {
            case THEMATIC_MEETING -> "thematic meeting";
            case SPEED_MEETING -> "speed-meeting";
            case OTHER -> "event";
        };
    }
}
