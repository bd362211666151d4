package org.filiere.charter;

import org.filiere.kernel.BusinessRefusal;

/** A charter request the charter's rules refuse; the message says why. */
public class CharterRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public CharterRefusedException(String message) {
        super(message);
    }
}
