package org.filiere.watch.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.BusinessRefusal;
import org.filiere.watch.Digest;
import org.filiere.watch.DigestId;
import org.filiere.watch.DigestNotSentException;
import org.filiere.watch.application.WatchCommands.SendDigest;

/**
 * Sends every digest not sent yet, each in its own transaction, so that one the mail server refuses does not hold
 * back the others; it stays unsent for the next run.
 */
@ApplicationScoped
@BindsCurrentActor
public class DigestDispatch {

    private final DigestService digests;

    @Inject
    public DigestDispatch(DigestService digests) {
        this.digests = digests;
    }

    /** For the CDI container's proxies. */
    protected DigestDispatch() {
        this(null);
    }

    /**
     * What a run sent and what it could not.
     *
     * @param sent   the digests sent
     * @param failed the digests not sent, with the reason
     */
    public record Report(List<DigestId> sent, Map<DigestId, String> failed) {
    }

    /** Sends every unsent digest. */
    public Report sendAll(Actor actor) {
        requireStaff(actor, "send the weekly digests");
        List<DigestId> sent = new ArrayList<>();
        Map<DigestId, String> failed = new LinkedHashMap<>();
        for (Digest digest : digests.unsent()) {
            try {
                digests.send(new SendDigest(actor, digest.id()));
                sent.add(digest.id());
            } catch (DigestNotSentException | BusinessRefusal e) {
                failed.put(digest.id(), e.getMessage());
            }
        }
        return new Report(List.copyOf(sent), Map.copyOf(failed));
    }
}
