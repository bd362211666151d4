package org.filiere.speedmeeting;

/** Where a meeting request stands. */
public enum RequestStatus {
    /** Asked; the other person has not answered yet. */
    PENDING,
    /** The meeting will take place (accepted, or accepted by default in opt-out mode). */
    ACCEPTED,
    /** The other person said no. */
    DECLINED,
    /** Nobody answered in time. */
    EXPIRED,
    /** Called off: the sender took it back, one of them cancelled it, or left the event. */
    WITHDRAWN;

    /** Whether the request still stands (asked or accepted). */
    public boolean isLive() {
        return this == PENDING || this == ACCEPTED;
    }
}
