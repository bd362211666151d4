package org.filiere.training;

import org.filiere.kernel.BusinessRefusal;

/** A change to a session that its state does not allow; the message says which and why. */
public class SessionRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public SessionRefusedException(Session session, String attempted, String reason) {
        super("The " + session.describeForPeople() + " cannot be " + attempted + ": " + reason + ".");
    }
}
