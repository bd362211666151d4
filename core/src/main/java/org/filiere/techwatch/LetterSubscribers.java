package org.filiere.techwatch;

import java.util.List;
import java.util.Optional;

/** The technology letter's subscribers: personal data, exportable and erasable. */
public interface LetterSubscribers {

    /**
     * Stores a new subscriber or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read, or if the address was taken at
     *         the same moment
     */
    void save(LetterSubscriber subscriber);

    Optional<LetterSubscriber> find(LetterSubscriberId id);

    /** The subscriber with this address (case aside), subscribed or not. */
    Optional<LetterSubscriber> withEmail(String email);

    /** Those the letter goes to, by address. */
    List<LetterSubscriber> subscribed();

    /** Erases a subscriber for good. Returns whether there was one. */
    boolean erase(LetterSubscriberId id);
}
