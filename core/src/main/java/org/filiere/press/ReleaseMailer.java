package org.filiere.press;

/** Sends a press release to one journalist, as an e-mail. Implemented outside core (filiere-press). */
public interface ReleaseMailer {

    /**
     * Hands the release to the mail server.
     *
     * @throws ReleaseNotSentException if the mail server did not take it
     */
    void send(PressRelease release, Journalist journalist);
}
