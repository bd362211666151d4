package org.filiere.speedmeeting;

import org.filiere.kernel.BusinessRefusal;

/**
 * A meeting request, or an answer to one, that the rules refuse. Subclasses say which rule; the message names the
 * people and the reason.
 */
public class MeetingRequestRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public MeetingRequestRefusedException(String message) {
        super(message);
    }
}
