package org.filiere.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.DomainEvents;

/** Publishes domain events as CDI events, so that any bean can observe them. */
@ApplicationScoped
public class CdiDomainEvents implements DomainEvents {

    private final Event<DomainEvent> event;

    @Inject
    public CdiDomainEvents(Event<DomainEvent> event) {
        this.event = event;
    }

    /** For the CDI container's proxies. */
    protected CdiDomainEvents() {
        this(null);
    }

    @Override
    public void publish(DomainEvent domainEvent) {
        event.fire(domainEvent);
    }
}
