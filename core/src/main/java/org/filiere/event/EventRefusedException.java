package org.filiere.event;

import org.filiere.kernel.BusinessRefusal;

/** A change to an event that its state does not allow; the message names the event, the change and why. */
public class EventRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public EventRefusedException(Event event, String attempted, String reason) {
        super("The " + event.describe() + " cannot be " + attempted + ": " + reason + ".");
    }
}
