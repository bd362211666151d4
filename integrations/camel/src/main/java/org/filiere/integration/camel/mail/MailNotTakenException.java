package org.filiere.integration.camel.mail;

/**
 * The mail server did not take a mail. Permanent when trying again cannot help (the server refused an address or
 * the mail with a 5xx reply); transient otherwise (connection refused, timeout, 4xx, no server configured yet).
 */
public class MailNotTakenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public MailNotTakenException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** Whether trying again cannot help. */
    public boolean isPermanent() {
        return permanent;
    }
}
