package org.filiere.integration.training.registration;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.filiere.integration.camel.deadletter.DeadLetters;
import org.filiere.integration.camel.outbox.Delivery;
import org.filiere.integration.camel.outbox.OutboxChannel;
import org.filiere.integration.camel.outbox.OutboxMessage;

/**
 * The outbox channel of confirmed registrations: each one is handed to the route that POSTs it to its training
 * organisation. That route tries a failing organisation again and then keeps the registration in its dead letters,
 * so a registration it took is delivered as far as the outbox is concerned.
 */
@ApplicationScoped
public class RegistrationChannel implements OutboxChannel {

    /** The channel's name in the outbox. */
    public static final String NAME = "training-providers-registrations";

    private final ProducerTemplate template;

    @Inject
    public RegistrationChannel(ProducerTemplate template) {
        this.template = template;
    }

    /** For the CDI container's proxies. */
    protected RegistrationChannel() {
        this(null);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public Delivery deliver(List<OutboxMessage> batch) {
        Delivery.Builder outcome = Delivery.builder();
        for (OutboxMessage message : batch) {
            Exchange result = template.send(RegistrationRoutes.SEND, exchange -> {
                exchange.getIn().setHeaders(new java.util.HashMap<>(message.headers()));
                exchange.getIn().setBody(message.payload());
                exchange.setProperty(DeadLetters.ITEM_KEY, message.aggregateId());
            });
            if (result.getException() != null) {
                outcome.refused(message.id(), result.getException());
            } else {
                outcome.delivered(message.id());
            }
        }
        return outcome.build();
    }
}
