package org.filiere.techwatch;

import org.filiere.kernel.BusinessRefusal;

/** A change to the technology watch that its rules refuse; the message says what and why. */
public class TechWatchRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public TechWatchRefusedException(String message) {
        super(message);
    }
}
