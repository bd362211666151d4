package org.filiere.integration.camel;

import jakarta.enterprise.event.Event;

import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.CamelContextEvent;
import org.apache.camel.spi.CamelEvent.RouteEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Fires Camel's lifecycle moments (the context and each route starting, started, stopping, stopped, ...) as CDI
 * events, so that a bean can {@code @Observes CamelEvent.CamelContextStartedEvent} or
 * {@code @Observes CamelEvent.RouteStoppedEvent}.
 */
final class CdiEventNotifier extends EventNotifierSupport {

    private final Event<Object> events;

    CdiEventNotifier(Event<Object> events) {
        this.events = events;
        setIgnoreExchangeEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreServiceEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelContextEvent || event instanceof RouteEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        events.fire(event);
    }
}
