package org.filiere.integration.camel.health;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeFailedEvent;
import org.apache.camel.spi.CamelEvent.ExchangeFailureHandledEvent;
import org.apache.camel.spi.EventNotifier;
import org.apache.camel.support.EventNotifierSupport;

/**
 * The last success and the last failure of each route on this node, as Camel reports its exchanges ending. A
 * failure handled by the dead-letter channel counts as a failure.
 */
@ApplicationScoped
public class RouteActivity {

    private final Clock clock;
    private final Map<String, Moments> moments = new ConcurrentHashMap<>();

    @Inject
    public RouteActivity(Clock clock) {
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected RouteActivity() {
        this(null);
    }

    /** The notifier that feeds this record, for the CamelContext. */
    public EventNotifier notifier() {
        return new Notifier();
    }

    /** The last success of a route, if any. */
    public Optional<Instant> lastSuccess(String routeId) {
        return Optional.ofNullable(moments.get(routeId)).map(Moments::success);
    }

    /** The last failure of a route, if any. */
    public Optional<Failure> lastFailure(String routeId) {
        return Optional.ofNullable(moments.get(routeId)).map(Moments::failure);
    }

    void succeeded(String routeId) {
        moments.merge(routeId, new Moments(clock.instant(), null), (old, now) -> new Moments(now.success, old.failure));
    }

    void failed(String routeId, String reason) {
        Failure failure = new Failure(clock.instant(), reason);
        moments.merge(routeId, new Moments(null, failure), (old, now) -> new Moments(old.success, failure));
    }

    /**
     * A route's last failure.
     *
     * @param at     when
     * @param reason why
     */
    public record Failure(Instant at, String reason) {
    }

    private record Moments(Instant success, Failure failure) {
    }

    private final class Notifier extends EventNotifierSupport {

        Notifier() {
            setIgnoreCamelContextEvents(true);
            setIgnoreRouteEvents(true);
            setIgnoreServiceEvents(true);
            setIgnoreStepEvents(true);
            setIgnoreExchangeCreatedEvent(true);
            setIgnoreExchangeSendingEvents(true);
            setIgnoreExchangeSentEvents(true);
            setIgnoreExchangeRedeliveryEvents(true);
        }

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof ExchangeCompletedEvent || event instanceof ExchangeFailedEvent
                    || event instanceof ExchangeFailureHandledEvent;
        }

        @Override
        public void notify(CamelEvent event) {
            Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
            String routeId = exchange.getFromRouteId();
            if (routeId == null) {
                return;
            }
            if (event instanceof ExchangeFailureHandledEvent || event instanceof ExchangeFailedEvent) {
                Throwable failure = exchange.getException() != null ? exchange.getException()
                        : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
                String failedRoute = exchange.getProperty(Exchange.FAILURE_ROUTE_ID, routeId, String.class);
                failed(failedRoute, failure == null ? "failed" : String.valueOf(failure.getMessage()));
            } else if (exchange.getException() == null
                    && exchange.getProperty(Exchange.EXCEPTION_CAUGHT) == null) {
                succeeded(routeId);
            }
        }
    }
}
