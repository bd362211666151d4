package org.filiere.watch;

/** Sends a digest to its recipients, as an e-mail. */
public interface DigestMailer {

    /**
     * Sends the digest.
     *
     * @throws DigestNotSentException if the mail could not be handed to the mail server
     */
    void send(Digest digest);
}
