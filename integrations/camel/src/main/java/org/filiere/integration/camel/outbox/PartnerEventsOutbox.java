package org.filiere.integration.camel.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.filiere.kernel.DomainEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Puts the domain events meant for partners ({@code filiere.integration.outbox.events}) in the outbox of the
 * {@link BrokerChannel}, in the transaction of the change: the observer runs inside the application service's
 * transaction, so the event is kept if and only if the change commits. The body is JSON: the event's id, type,
 * aggregate, time and its own fields under {@code data}.
 */
@ApplicationScoped
public class PartnerEventsOutbox {

    /** The property carrying the event's type. */
    public static final String TYPE_PROPERTY = "FiliereEventType";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final Outbox outbox;
    private final Set<String> partnerEvents;

    @Inject
    public PartnerEventsOutbox(Outbox outbox, Config config) {
        this.outbox = outbox;
        this.partnerEvents = config == null ? Set.of() : new OutboxSettings(config).partnerEvents();
    }

    /** For the CDI container's proxies. */
    protected PartnerEventsOutbox() {
        this(null, null);
    }

    void written(@Observes DomainEvent event) {
        String type = event.getClass().getSimpleName();
        if (!partnerEvents.contains(type)) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.eventId().toString());
        body.put("type", type);
        body.put("aggregateId", event.aggregateId());
        body.put("occurredAt", event.occurredAt().toString());
        body.put("data", event);
        String payload;
        try {
            payload = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " " + event.eventId() + " cannot be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
        outbox.add(new NewOutboxMessage(event.eventId(), BrokerChannel.NAME, event.aggregateId(), type, payload,
                Map.of(TYPE_PROPERTY, type)));
    }
}
