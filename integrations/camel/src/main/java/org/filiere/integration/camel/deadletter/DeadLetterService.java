package org.filiere.integration.camel.deadletter;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.filiere.access.Acting;
import org.filiere.access.Actor;

/**
 * What staff do with dead letters: list them, retry one once its cause is fixed (a provider back up, a corrected
 * reference), or discard it. Each call is its own unit of work for the access policy: the staff member it checks acts
 * on the thread only while the call runs, so that a pooled thread (a server's request thread) never keeps acting as
 * them for its next caller.
 */
@ApplicationScoped
public class DeadLetterService {

    /** Most letters a listing returns. */
    public static final int LIST_LIMIT = 1000;

    private final DeadLetterStore store;
    private final ProducerTemplate template;
    private final Clock clock;

    @Inject
    public DeadLetterService(DeadLetterStore store, ProducerTemplate template, Clock clock) {
        this.store = store;
        this.template = template;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected DeadLetterService() {
        this(null, null, null);
    }

    /** The dead letters of one route, or of all, the latest first. */
    public List<DeadLetter> list(Actor actor, Optional<String> routeId) {
        return asStaff(actor, "list dead letters", () -> store.list(routeId, LIST_LIMIT));
    }

    /** One dead letter. */
    public DeadLetter get(Actor actor, DeadLetterId id) {
        return asStaff(actor, "read a dead letter",
                () -> store.find(id).orElseThrow(() -> new UnknownDeadLetterException(id)));
    }

    /**
     * Sends the item through its route again. If it goes through, the letter is removed; if it fails again, the
     * letter stays with one more attempt and the new reason.
     */
    public RetryOutcome retry(Actor actor, DeadLetterId id) {
        return asStaff(actor, "retry a dead letter", () -> retry(id));
    }

    private RetryOutcome retry(DeadLetterId id) {
        DeadLetter letter = store.find(id).orElseThrow(() -> new UnknownDeadLetterException(id));
        String endpoint = letter.retryEndpoint().orElseThrow(() -> new DeadLetterRetryRefusedException(
                "Dead letter " + id + " of route " + letter.routeId() + " cannot be retried: the route reads from a "
                        + "source that cannot be sent to. Correct the source and import it again, then discard it."));
        if (!store.claim(id, letter.version())) {
            throw new DeadLetterRetryRefusedException("Dead letter " + id + " of route " + letter.routeId()
                    + " is being retried or was changed by someone else; reload the list and try again.");
        }
        Exchange result = template.send(endpoint, exchange -> {
            exchange.getIn().setHeaders(new java.util.HashMap<>(letter.headers()));
            exchange.getIn().setBody(letter.item());
            exchange.setProperty(DeadLetters.RETRY_OF, id.toString());
            letter.itemKey().ifPresent(k -> exchange.setProperty(DeadLetters.ITEM_KEY, k));
        });
        if (result.getException() != null) {
            String reason = DeadLetterRecorder.reasonOf(result.getException());
            store.failedAgain(id, reason, result.getException().getClass().getName(), clock.instant());
            return RetryOutcome.failedAgain(id, reason);
        }
        if (result.getProperty(DeadLetters.STORED_AS) != null) {
            return RetryOutcome.failedAgain(id, store.find(id).map(DeadLetter::reason).orElse(""));
        }
        store.delete(id);
        return RetryOutcome.succeeded(id);
    }

    /** Gives up on an item for good. */
    public void discard(Actor actor, DeadLetterId id) {
        asStaff(actor, "discard a dead letter", () -> {
            if (!store.delete(id)) {
                throw new UnknownDeadLetterException(id);
            }
            return null;
        });
    }

    private static <T> T asStaff(Actor actor, String action, Supplier<T> work) {
        try (Acting.Scope scope = Acting.as(actor)) {
            requireStaff(actor, action);
            return work.get();
        }
    }
}
