package org.filiere.kernel;

/** A record named in a request does not exist. */
public class NotFoundException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super("No " + what + " is known.");
    }
}
