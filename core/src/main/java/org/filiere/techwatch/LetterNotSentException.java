package org.filiere.techwatch;

/**
 * The mail server did not take a letter. A permanent failure (the server refused the address or the mail for
 * good) is not tried again; a transient one (server down, timeout, "try later") is.
 */
public class LetterNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public LetterNotSentException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** Whether trying again cannot help. */
    public boolean isPermanent() {
        return permanent;
    }
}
