package org.filiere.watch;

import org.filiere.kernel.BusinessRefusal;

/** A text that should name a CPV code does not name one of the CPV 2008; the message quotes it and says why. */
public class InvalidCpvCodeException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    private final String raw;

    public InvalidCpvCodeException(String raw, String reason) {
        super("CPV code \"" + raw + "\" is not valid: " + reason + ".");
        this.raw = raw;
    }

    /** The text as it was given. */
    public String raw() {
        return raw;
    }
}
