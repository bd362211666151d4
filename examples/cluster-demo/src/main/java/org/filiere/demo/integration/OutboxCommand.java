package org.filiere.demo.integration;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.eclipse.microprofile.config.Config;
import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.integration.camel.outbox.OutboxRelay;
import org.filiere.integration.camel.outbox.OutboxSettings;
import org.filiere.integration.camel.outbox.OutboxStore;
import org.filiere.integration.camel.outbox.RelayReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The outbox: how many messages wait, were sent or are dead in each channel; relays them on demand. */
@Command(name = "outbox", description = "Count the outbox's messages (pending, sent, dead) by channel; --relay "
        + "sends the waiting ones now (to the broker of FILIERE_AMQP_URL).")
public class OutboxCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Option(names = "--relay", description = "Relay the waiting messages now.")
    boolean relay;

    @Override
    public Integer call() {
        PrintStream out = demo.out();
        try (DemoCluster cluster = demo.open()) {
            if (relay) {
                RelayReport report = cluster.get(OutboxRelay.class).relayNow();
                out.printf("Relayed %d message(s); %d refused and tried again later; %d went to the dead letters%n",
                        report.sent(), report.triedLater(), report.dead());
                report.unreachable().forEach(reason -> out.println("Cannot reach " + reason + "; the messages wait"));
                report.waiting().forEach(channel -> out.println("Channel " + channel + " is not configured ("
                        + "FILIERE_AMQP_URL for the broker); its messages wait"));
            } else if (new OutboxSettings(cluster.get(Config.class)).brokerUrl().isEmpty()) {
                out.println("No message broker is configured (FILIERE_AMQP_URL): the partners' messages wait.");
            }
            OutboxTour.print(cluster.get(OutboxStore.class).counts(), out);
        }
        return 0;
    }
}
