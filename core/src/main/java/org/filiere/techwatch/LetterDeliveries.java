package org.filiere.techwatch;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The technology letter's deliveries: an outbox written with the letter's publication. */
public interface LetterDeliveries {

    /** Stores new deliveries. */
    void addAll(Collection<LetterDelivery> deliveries);

    /**
     * Stores what became of a delivery.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read
     */
    void save(LetterDelivery delivery);

    /**
     * The delivery, held for the current transaction so that no other node sends it at the same time.
     */
    Optional<LetterDelivery> claim(LetterDeliveryId id);

    /** The deliveries still to send, oldest first, at most {@code limit}. */
    List<LetterDelivery> pending(int limit);

    /** A letter's deliveries. */
    List<LetterDelivery> of(TechLetterId letterId);

    /** Erases every delivery to a subscriber (who asked to be erased). Returns how many there were. */
    int eraseOf(LetterSubscriberId subscriberId);
}
