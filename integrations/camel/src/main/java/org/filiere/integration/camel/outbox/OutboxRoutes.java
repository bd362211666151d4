package org.filiere.integration.camel.outbox;

import java.time.Clock;

import jakarta.enterprise.context.Dependent;

import org.eclipse.microprofile.config.ConfigProvider;
import org.filiere.integration.camel.IntegrationRouteBuilder;
import org.filiere.integration.camel.deadletter.DeadLetters;

/**
 * The relay's routes: one relays the outbox every {@code filiere.integration.outbox.period}, one purges the sent
 * messages every hour, and one puts a dead message back in the outbox when staff retry its dead letter.
 */
@Dependent
public class OutboxRoutes extends IntegrationRouteBuilder {

    /** Where a retried dead letter of the outbox goes: its message waits in the outbox again. */
    public static final String REQUEUE = "direct:outbox-requeue";

    public OutboxRoutes() {
        super(OutboxSettings.INTEGRATION);
    }

    @Override
    protected void routes() {
        long period = new OutboxSettings(ConfigProvider.getConfig()).period().toMillis();
        from("timer:filiere-outbox-relay?period=" + period + "&delay=" + period).routeId(OutboxRelay.ROUTE)
                .bean(OutboxRelay.class, "relay");
        from("timer:filiere-outbox-purge?period=3600000&delay=60000").routeId("outbox-purge")
                .bean(OutboxRelay.class, "purge");
        from(REQUEUE).routeId("outbox-requeue")
                .process(exchange -> {
                    String id = exchange.getProperty(DeadLetters.ITEM_KEY, String.class);
                    OutboxStore store = exchange.getContext().getRegistry().findSingleByType(OutboxStore.class);
                    if (id == null || !store.requeue(id, Clock.systemUTC().instant())) {
                        throw new IllegalStateException("Outbox message " + id + " is not dead: nothing to requeue");
                    }
                });
    }
}
