package org.filiere.integration.camel.deadletter;

import org.filiere.kernel.NotFoundException;

/** A dead letter named in a request does not exist (any more). */
public class UnknownDeadLetterException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownDeadLetterException(DeadLetterId id) {
        super("dead letter " + id + " (it may have been retried or discarded already)");
    }
}
