package org.filiere.press;

/**
 * The mail server did not take a press release. A permanent failure (the address refused for good) is not tried
 * again; a transient one (server down, timeout, "try later") is.
 */
public class ReleaseNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public ReleaseNotSentException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** Whether trying again cannot help. */
    public boolean isPermanent() {
        return permanent;
    }
}
