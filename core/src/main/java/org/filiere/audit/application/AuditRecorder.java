package org.filiere.audit.application;

import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.filiere.access.Actor;
import org.filiere.access.CurrentActor;
import org.filiere.audit.AuditEntry;
import org.filiere.audit.AuditSummary;
import org.filiere.audit.AuditTrail;
import org.filiere.kernel.DomainEvent;

/**
 * Records every domain event in the audit trail as it is published, inside the transaction of the change: a change
 * that rolls back leaves no entry, and an entry that cannot be written rolls the change back. Who acted comes from the
 * {@link CurrentActor} seam.
 */
@ApplicationScoped
public class AuditRecorder {

    private final AuditTrail trail;
    private final CurrentActor currentActor;

    @Inject
    public AuditRecorder(AuditTrail trail, CurrentActor currentActor) {
        this.trail = trail;
        this.currentActor = currentActor;
    }

    /** For the CDI container's proxies. */
    protected AuditRecorder() {
        this(null, null);
    }

    /** Appends the entry of the event. */
    void record(@Observes DomainEvent event) {
        trail.append(entryOf(event, currentActor.get()));
    }

    /** The audit entry of an event done by this actor. */
    public static AuditEntry entryOf(DomainEvent event, Optional<Actor> actor) {
        return new AuditEntry(event.eventId(), event.occurredAt(), actor.map(Actor::id),
                actor.map(a -> a.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                        .orElse(""),
                event.getClass().getSimpleName(), event.aggregateId(), AuditSummary.of(event));
    }
}
