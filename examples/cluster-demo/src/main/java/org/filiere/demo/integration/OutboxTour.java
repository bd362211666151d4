package org.filiere.demo.integration;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourStep;
import org.filiere.integration.camel.outbox.BrokerChannel;
import org.filiere.integration.camel.outbox.OutboxCounts;
import org.filiere.integration.camel.outbox.OutboxRelay;
import org.filiere.integration.camel.outbox.OutboxSettings;
import org.filiere.integration.camel.outbox.OutboxStore;
import org.filiere.integration.camel.outbox.RelayReport;

/**
 * The partners' messages of the tour: the events partners receive (members listed in the directory, events
 * published or cancelled, projects labelled, agreements signed) were written to the outbox with their changes; the
 * tour relays them to the message broker of {@code FILIERE_AMQP_URL}, or says that they wait for one.
 */
public class OutboxTour implements TourStep {

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return true;
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        out.println("Messages to partners (the outbox)");
        OutboxSettings settings = new OutboxSettings(cluster.get(Config.class));
        if (settings.brokerUrl().isPresent()) {
            RelayReport report = cluster.get(OutboxRelay.class).relayNow();
            out.printf("  relayed %d message(s) to the broker at %s%n", report.sent(), settings.brokerUrl().get());
            report.unreachable().forEach(reason -> out.println("  cannot reach " + reason + "; the messages wait"));
        } else {
            out.println("  no message broker is configured (FILIERE_AMQP_URL, e.g. amqp://127.0.0.1:5672): the "
                    + "partners' messages wait in the outbox, and nothing is lost");
        }
        print(cluster.get(OutboxStore.class).counts(), out);
    }

    static void print(List<OutboxCounts> counts, PrintStream out) {
        if (counts.stream().noneMatch(c -> c.channel().equals(BrokerChannel.NAME))) {
            out.printf("  %-34s %7d pending %7d sent %5d dead%n", BrokerChannel.NAME, 0, 0, 0);
        }
        counts.forEach(c -> out.printf("  %-34s %7d pending %7d sent %5d dead%n", c.channel(), c.pending(), c.sent(),
                c.dead()));
    }
}
