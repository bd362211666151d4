package org.filiere.speedmeeting;

import org.filiere.kernel.BusinessRefusal;

/** A meeting cannot be locked to the slot asked; the message says which meeting, which slot and why. */
public class LockRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public LockRefusedException(String message) {
        super(message);
    }
}
