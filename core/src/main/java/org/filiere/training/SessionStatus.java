package org.filiere.training;

/** Where a session stands. */
public enum SessionStatus {
    /** Being prepared; not yet open to registrations. */
    DRAFT,
    /** Open: registrations are confirmed while seats remain. */
    OPEN,
    /** Every seat is taken: new registrations go on the waitlist. */
    FULL,
    /** Registrations are closed (or the provider withdrew it from its catalogue); the session is kept. */
    CLOSED,
    /** Called off. */
    CANCELLED,
    /** It took place and its attendance was recorded. */
    HELD;

    /** Whether people may register (confirmed or waitlisted). */
    public boolean acceptsRegistrations() {
        return this == OPEN || this == FULL;
    }

    /** Whether registrations can be closed: a draft, or a session that takes them. */
    public boolean canClose() {
        return this == DRAFT || acceptsRegistrations();
    }

    /** Whether the session can still change (reschedule, close, cancel). */
    public boolean isLive() {
        return this != CANCELLED && this != HELD;
    }
}
