package org.filiere.event;

import org.filiere.kernel.NotFoundException;

/** The event has no registration with the id given. */
public class UnknownEventRegistrationException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownEventRegistrationException(Event event, EventRegistrationId id) {
        super("registration " + id + " on the " + event.describe());
    }
}
