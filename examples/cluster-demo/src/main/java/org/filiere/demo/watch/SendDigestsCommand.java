package org.filiere.demo.watch;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.integration.tenders.DigestMailRoutes;
import org.filiere.watch.application.DigestDispatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code send-digests}: sends every digest not sent yet to the configured SMTP server. */
@Command(name = "send-digests", description = "Send the digests not sent yet by e-mail (SMTP).")
public class SendDigestsCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Option(names = "--smtp", paramLabel = "URI", description = "The SMTP server as a camel-mail URI, such as "
            + "smtp://localhost:25 (default: the " + DigestMailRoutes.SMTP_URL + " setting).")
    String smtp;

    @Option(names = "--from", paramLabel = "ADDRESS", description = "The sender's address.")
    String from;

    @Override
    public Integer call() {
        Map<String, String> settings = new HashMap<>();
        if (smtp != null) {
            settings.put(DigestMailRoutes.SMTP_URL, smtp);
        }
        if (from != null) {
            settings.put(DigestMailRoutes.FROM, from);
        }
        try (DemoCluster cluster = demo.open(settings)) {
            DigestDispatch.Report report = cluster.get(DigestDispatch.class).sendAll(cluster.actor());
            demo.out().printf("Sent %d digest(s).%n", report.sent().size());
            report.failed().forEach((id, reason) -> demo.out().printf("Not sent: %s%n", reason));
            return report.failed().isEmpty() ? 0 : 1;
        }
    }
}
