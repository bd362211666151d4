package org.filiere.event;

/** Where an event stands. */
public enum EventStatus {
    /** Being prepared; nobody can register yet. */
    DRAFT,
    /** Announced: people register until it starts. */
    PUBLISHED,
    /** Called off; its registrations are kept so that the people concerned can be told. */
    CANCELLED,
    /** It took place; attendance is known. */
    HELD
}
