package org.filiere.training;

/** Where a registration stands. */
public enum RegistrationStatus {
    /** The person has a seat. */
    CONFIRMED,
    /** No seat was left: the person waits, in arrival order, for one to free up. */
    WAITLISTED,
    /** The person withdrew (or was withdrawn). */
    CANCELLED;

    /** Whether the registration still holds a seat or a place on the waitlist. */
    public boolean isActive() {
        return this != CANCELLED;
    }
}
