package org.filiere.speedmeeting;

import org.filiere.kernel.BusinessRefusal;

/** A change to a speed-meeting that its state does not allow; the message names the event, the change and why. */
public class SpeedMeetingRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public SpeedMeetingRefusedException(String message) {
        super(message);
    }
}
