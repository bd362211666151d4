package org.filiere.event;

import org.filiere.kernel.NotFoundException;

/** No event has the id given. */
public class UnknownEventException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownEventException(EventId id) {
        super("event with id " + id);
    }
}
