package org.filiere.training;

import org.filiere.kernel.BusinessRefusal;

/** A registration, or its cancellation, that the registration rules do not allow; the message says why. */
public class RegistrationRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public RegistrationRefusedException(Session session, String who, String attempted, String reason) {
        super(who + " cannot " + attempted + " the " + session.describeForPeople() + ": " + reason + ".");
        this.reason = reason;
    }

    /** The reason alone, without the session and the person ({@code the session was cancelled}). */
    public String reason() {
        return reason;
    }
}
