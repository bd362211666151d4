package org.filiere.press;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Press releases' deliveries: an outbox written with each release's publication. */
public interface ReleaseDeliveries {

    /** Stores new deliveries. */
    void addAll(Collection<ReleaseDelivery> deliveries);

    /**
     * Stores what became of a delivery.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read
     */
    void save(ReleaseDelivery delivery);

    /** The delivery, held for the current transaction so that no other node sends it at the same time. */
    Optional<ReleaseDelivery> claim(ReleaseDeliveryId id);

    /** The deliveries still to send, oldest first, at most {@code limit}. */
    List<ReleaseDelivery> pending(int limit);

    /** A release's deliveries. */
    List<ReleaseDelivery> of(PressReleaseId releaseId);

    /** Erases every delivery to a journalist (who asked to be erased). Returns how many there were. */
    int eraseOf(JournalistId journalistId);
}
