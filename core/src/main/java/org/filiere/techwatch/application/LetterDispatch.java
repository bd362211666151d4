package org.filiere.techwatch.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.access.application.BindsCurrentActor;
import org.filiere.techwatch.LetterDelivery;
import org.filiere.techwatch.LetterDeliveryId;

/**
 * Sends the technology letter's pending deliveries, each in its own transaction, so that one the mail server
 * refuses does not hold back the others. Run it on a schedule (the feeds integration does) or after a publication.
 */
@ApplicationScoped
@BindsCurrentActor
public class LetterDispatch {

    /** Most deliveries one run sends. */
    public static final int BATCH = 500;

    private final TechLetterService letters;

    @Inject
    public LetterDispatch(TechLetterService letters) {
        this.letters = letters;
    }

    /** For the CDI container's proxies. */
    protected LetterDispatch() {
        this(null);
    }

    /**
     * What a run did.
     *
     * @param sent   deliveries the mail server took
     * @param failed deliveries not sent (to be tried again, or given up), with their state
     */
    public record Report(List<LetterDeliveryId> sent, Map<LetterDeliveryId, LetterDelivery.Status> failed) {
    }

    /** Sends every pending delivery, up to {@link #BATCH}. */
    public Report sendPending() {
        requireStaff("send technology letters");
        List<LetterDeliveryId> sent = new ArrayList<>();
        Map<LetterDeliveryId, LetterDelivery.Status> failed = new LinkedHashMap<>();
        for (LetterDelivery delivery : letters.pendingDeliveries(BATCH)) {
            LetterDelivery.Status status = letters.deliver(delivery.id());
            if (status == LetterDelivery.Status.SENT) {
                sent.add(delivery.id());
            } else {
                failed.put(delivery.id(), status);
            }
        }
        return new Report(List.copyOf(sent), Map.copyOf(failed));
    }
}
