package org.filiere.watch;

import org.filiere.kernel.BusinessRefusal;

/** A digest is sent once only. */
public class DigestAlreadySentException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public DigestAlreadySentException(Digest digest) {
        super("The digest " + digest.id() + " of member " + digest.memberId() + " for " + digest.week()
                + " was already sent on " + digest.sentAt().orElseThrow() + "; it is not sent twice.");
    }
}
