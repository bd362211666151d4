package org.filiere.training;

import org.filiere.kernel.NotFoundException;

/** No training session has the id given. */
public class UnknownSessionException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownSessionException(SessionId id) {
        super("training session with id " + id);
    }
}
