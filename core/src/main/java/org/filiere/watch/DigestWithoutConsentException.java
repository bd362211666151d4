package org.filiere.watch;

import org.filiere.kernel.BusinessRefusal;

/** None of a digest's recipients consents to the tender digests any more: it is not sent to anyone. */
public class DigestWithoutConsentException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public DigestWithoutConsentException(Digest digest) {
        super("The digest " + digest.id() + " of member " + digest.memberId() + " for " + digest.week()
                + " is not sent: none of its " + digest.recipients().size()
                + " recipients consents to the tender digests any more.");
    }
}
