package org.filiere.speedmeeting;

import org.filiere.kernel.NotFoundException;

/** The speed-meeting has no participant with the id given (or they left). */
public class UnknownParticipantException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownParticipantException(String what) {
        super(what);
    }
}
