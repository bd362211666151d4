package org.filiere.event;

import org.filiere.kernel.BusinessRefusal;

/** A registration for an event, or its cancellation, that the rules do not allow; the message says why. */
public class EventRegistrationRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public EventRegistrationRefusedException(Event event, String who, String attempted, String reason) {
        super(who + " cannot " + attempted + " the " + event.describe() + ": " + reason + ".");
        this.reason = reason;
    }

    /** The reason alone ({@code the event has already started}). */
    public String reason() {
        return reason;
    }
}
