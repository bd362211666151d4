package org.filiere.press;

import org.filiere.kernel.BusinessRefusal;

/** A change to press relations that their rules refuse; the message says what and why. */
public class PressRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public PressRefusedException(String message) {
        super(message);
    }
}
