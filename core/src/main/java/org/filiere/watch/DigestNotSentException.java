package org.filiere.watch;

/** The mail server did not take a digest; it stays unsent and will be sent with the next ones. */
public class DigestNotSentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DigestNotSentException(Digest digest, Throwable cause) {
        super("The digest of member " + digest.memberId() + " for " + digest.week() + " could not be sent to "
                + String.join(", ", digest.recipients()) + ": " + cause.getMessage(), cause);
    }
}
