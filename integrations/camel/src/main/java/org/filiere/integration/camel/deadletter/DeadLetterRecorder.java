package org.filiere.integration.camel.deadletter;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.WrappedFile;

/**
 * The end of every integration's dead-letter channel: keeps the failed item, its route, the reason and the time,
 * or, for an item that was itself a retried dead letter, notes one more failed attempt on that letter.
 */
@ApplicationScoped
@Named(DeadLetterRecorder.NAME)
public class DeadLetterRecorder implements Processor {

    /** The bean's name, for {@code bean:} endpoints. */
    public static final String NAME = "filiereDeadLetters";

    private static final Logger LOG = Logger.getLogger(DeadLetterRecorder.class.getName());

    private final DeadLetterStore store;
    private final Clock clock;

    @Inject
    public DeadLetterRecorder(DeadLetterStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected DeadLetterRecorder() {
        this(null, null);
    }

    @Override
    public void process(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = reasonOf(failure);
        String type = failure == null ? "unknown" : failure.getClass().getName();
        String routeId = Optional.ofNullable(exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class))
                .or(() -> Optional.ofNullable(exchange.getFromRouteId())).orElse("unknown");
        String retryOf = exchange.getProperty(DeadLetters.RETRY_OF, String.class);
        if (retryOf != null && store.failedAgain(DeadLetterId.of(retryOf), reason, type, clock.instant())) {
            exchange.setProperty(DeadLetters.STORED_AS, retryOf);
            return;
        }
        DeadLetterId id = store.store(new NewDeadLetter(routeId,
                Optional.ofNullable(exchange.getProperty(DeadLetters.ITEM_KEY, String.class)), itemOf(exchange),
                headersOf(exchange), reason, type, retryEndpointOf(exchange, routeId), clock.instant()));
        exchange.setProperty(DeadLetters.STORED_AS, id.toString());
        LOG.warning(() -> "Route " + routeId + " sent an item to the dead letters (" + id + "): " + reason);
    }

    /** The failure in words: its message, and its cause's when that says more. */
    public static String reasonOf(Throwable failure) {
        if (failure == null) {
            return "The item failed without a reason given";
        }
        String message = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getSimpleName() : failure.getMessage();
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != failure && root.getMessage() != null && !message.contains(root.getMessage())) {
            message = message + " (" + root.getMessage() + ")";
        }
        return message;
    }

    private static String itemOf(Exchange exchange) {
        String item = exchange.getProperty(DeadLetters.ITEM, String.class);
        if (item != null) {
            return item;
        }
        Object body = exchange.getIn().getBody();
        if (body == null) {
            return "";
        }
        if (body instanceof WrappedFile<?> file) {
            return "file " + file.getFile();
        }
        if (body instanceof String || body instanceof byte[] || body instanceof CharSequence
                || body instanceof Number) {
            return exchange.getIn().getBody(String.class);
        }
        return body.toString();
    }

    private static Map<String, String> headersOf(Exchange exchange) {
        Map<String, String> kept = new TreeMap<>();
        exchange.getIn().getHeaders().forEach((name, value) -> {
            if (!name.startsWith("Camel") && (value instanceof CharSequence || value instanceof Number
                    || value instanceof Boolean)) {
                kept.put(name, value.toString());
            }
        });
        return kept;
    }

    private static Optional<String> retryEndpointOf(Exchange exchange, String routeId) {
        String declared = exchange.getProperty(DeadLetters.RETRY_ENDPOINT, String.class);
        if (declared != null) {
            return Optional.of(declared);
        }
        Route route = exchange.getContext().getRoute(routeId);
        if (route == null) {
            return Optional.empty();
        }
        String uri = route.getEndpoint().getEndpointUri();
        return uri.startsWith("direct:") ? Optional.of(uri) : Optional.empty();
    }
}
