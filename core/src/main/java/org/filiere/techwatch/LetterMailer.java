package org.filiere.techwatch;

import java.util.List;

/** Sends the technology letter to one subscriber, as an e-mail. Implemented outside core (filiere-feeds). */
public interface LetterMailer {

    /**
     * Hands the letter to the mail server.
     *
     * @param letter     the letter
     * @param items      its items, in order, with the staff's comments
     * @param subscriber who it goes to
     * @throws LetterNotSentException if the mail server did not take it
     */
    void send(TechLetter letter, List<LetterItem> items, LetterSubscriber subscriber);
}
