package org.filiere.demo.techwatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.integration.camel.mail.MailRoutes;
import org.filiere.kernel.NotFoundException;
import org.filiere.techwatch.TechFeed;
import org.filiere.techwatch.TechItem;
import org.filiere.techwatch.application.LetterDispatch;
import org.filiere.techwatch.application.TechWatchService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tech-watch}: the technology watch. */
@Command(name = "tech-watch", description = "The technology watch: feeds, topics, items and the weekly letter.",
        subcommands = {TechWatchCommand.Items.class, TechWatchCommand.Read.class, TechWatchCommand.Send.class})
public class TechWatchCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            new TechWatchTour().report(cluster, demo.out());
        }
        return 0;
    }

    /** {@code tech-watch items [--days N]}. */
    @Command(name = "items", description = "List the items read in the last days, newest first.")
    static class Items implements Callable<Integer> {
        @ParentCommand
        TechWatchCommand parent;

        @Option(names = "--days", defaultValue = "3650", description = "How many days back (default: ${DEFAULT-VALUE}).")
        int days;

        @Override
        public Integer call() {
            try (DemoCluster cluster = parent.demo.open()) {
                for (TechItem item : cluster.get(TechWatchService.class).recentItems(Duration.ofDays(days))) {
                    parent.demo.out().printf("%s  %s  [%d topics]%n", item.id(), item.title(), item.topics().size());
                }
            }
            return 0;
        }
    }

    /** {@code tech-watch read FEED FILE}: reads a saved copy of a followed feed. */
    @Command(name = "read", description = "Read a saved copy of a followed feed (RSS or Atom) into the watch.")
    static class Read implements Callable<Integer> {
        @ParentCommand
        TechWatchCommand parent;

        @Parameters(index = "0", paramLabel = "FEED", description = "The feed's name, as followed.")
        String feed;

        @Parameters(index = "1", paramLabel = "FILE", description = "The feed document.")
        Path file;

        @Override
        public Integer call() throws Exception {
            try (DemoCluster cluster = parent.demo.open()) {
                TechWatchService watch = cluster.get(TechWatchService.class);
                TechFeed followed = watch.feeds().stream().filter(f -> f.name().equalsIgnoreCase(feed)).findFirst()
                        .orElseThrow(() -> new NotFoundException("followed feed named \"" + feed + "\""));
                long before = watch.itemCount(followed.id());
                TechWatchTour.readDocument(cluster, followed.id(), Files.readAllBytes(file));
                parent.demo.out().printf("%s: %d new items (refused ones are in the dead letters).%n", followed.name(),
                        watch.itemCount(followed.id()) - before);
            }
            return 0;
        }
    }

    /** {@code tech-watch send --smtp URI}: sends the letter's pending deliveries. */
    @Command(name = "send", description = "Send the technology letter's pending deliveries by e-mail (SMTP).")
    static class Send implements Callable<Integer> {
        @ParentCommand
        TechWatchCommand parent;

        @Option(names = "--smtp", required = true, paramLabel = "URI",
                description = "The SMTP server as a camel-mail URI, such as smtp://localhost:25.")
        String smtp;

        @Override
        public Integer call() {
            try (DemoCluster cluster = parent.demo.open(Map.of(MailRoutes.SMTP_URL, smtp))) {
                LetterDispatch.Report report = cluster.get(LetterDispatch.class).sendPending();
                parent.demo.out().printf("Sent %d letter(s); %d not sent.%n", report.sent().size(), report.failed().size());
                return report.failed().isEmpty() ? 0 : 1;
            }
        }
    }
}
