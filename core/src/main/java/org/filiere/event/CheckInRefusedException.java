package org.filiere.event;

import org.filiere.kernel.BusinessRefusal;

/** A check-in that the rules do not allow (not the day, no seat, event not published); the message says why. */
public class CheckInRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public CheckInRefusedException(Event event, String who, String reason) {
        super(who + " cannot be checked in at the " + event.describe() + ": " + reason + ".");
    }
}
