package org.filiere.press.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.access.application.BindsCurrentActor;
import org.filiere.press.PressRelease;
import org.filiere.press.PressReleaseId;
import org.filiere.press.ReleaseDelivery;
import org.filiere.press.ReleaseDeliveryId;

/**
 * Publishes the press releases whose embargo is lifted and sends the pending deliveries, each release and each
 * delivery in its own transaction. Run it on a schedule (the press integration does).
 */
@ApplicationScoped
@BindsCurrentActor
public class ReleaseDispatch {

    /** Most deliveries one run sends. */
    public static final int BATCH = 500;

    private final PressReleaseService releases;

    @Inject
    public ReleaseDispatch(PressReleaseService releases) {
        this.releases = releases;
    }

    /** For the CDI container's proxies. */
    protected ReleaseDispatch() {
        this(null);
    }

    /**
     * What a run did.
     *
     * @param published the releases published
     * @param sent      the deliveries the mail server took
     * @param failed    the deliveries not sent (to be tried again, or given up), with their state
     */
    public record Report(List<PressReleaseId> published, List<ReleaseDeliveryId> sent,
            Map<ReleaseDeliveryId, ReleaseDelivery.Status> failed) {
    }

    /** Publishes what is due, then sends every pending delivery, up to {@link #BATCH}. */
    public Report run() {
        requireStaff("dispatch press releases");
        List<PressReleaseId> published = new ArrayList<>();
        for (PressRelease release : releases.scheduled()) {
            if (releases.publishIfDue(release.id()).isPresent()) {
                published.add(release.id());
            }
        }
        List<ReleaseDeliveryId> sent = new ArrayList<>();
        Map<ReleaseDeliveryId, ReleaseDelivery.Status> failed = new LinkedHashMap<>();
        for (ReleaseDelivery delivery : releases.pendingDeliveries(BATCH)) {
            ReleaseDelivery.Status status = releases.deliver(delivery.id());
            if (status == ReleaseDelivery.Status.SENT) {
                sent.add(delivery.id());
            } else {
                failed.put(delivery.id(), status);
            }
        }
        return new Report(List.copyOf(published), List.copyOf(sent), Map.copyOf(failed));
    }
}
