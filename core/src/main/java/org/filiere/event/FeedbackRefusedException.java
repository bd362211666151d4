package org.filiere.event;

import org.filiere.kernel.BusinessRefusal;

/** Feedback that cannot be recorded: only people who came give it, once the event is over. */
public class FeedbackRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public FeedbackRefusedException(Event event, String who, String reason) {
        super("The feedback of " + who + " on the " + event.describe() + " cannot be recorded: " + reason + ".");
    }
}
