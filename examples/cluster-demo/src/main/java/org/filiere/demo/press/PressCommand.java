package org.filiere.demo.press;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.integration.camel.mail.MailRoutes;
import org.filiere.kernel.NotFoundException;
import org.filiere.press.MediaOutlet;
import org.filiere.press.Tone;
import org.filiere.press.application.CoverageService;
import org.filiere.press.application.MediaService;
import org.filiere.press.application.PressCommands.LogCoverage;
import org.filiere.press.application.ReleaseDispatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code press}: press relations. */
@Command(name = "press", description = "Press relations: outlets, releases under embargo, coverage and its figures.",
        subcommands = {PressCommand.Coverage.class, PressCommand.Send.class})
public class PressCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            new PressTour().report(cluster, demo.out());
        }
        return 0;
    }

    /** {@code press coverage --outlet NAME --headline TEXT ...}: logs an article. */
    @Command(name = "coverage", description = "Log an article, programme or post about the association.")
    static class Coverage implements Callable<Integer> {
        @ParentCommand
        PressCommand parent;

        @Option(names = "--outlet", required = true, paramLabel = "NAME", description = "The outlet, by name.")
        String outlet;

        @Option(names = "--headline", required = true, paramLabel = "TEXT", description = "Its headline.")
        String headline;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day it appeared (default: today).")
        LocalDate date;

        @Option(names = "--reach", defaultValue = "0", description = "Its audience.")
        long reach;

        @Option(names = "--tone", defaultValue = "NEUTRAL", description = "POSITIVE, NEUTRAL or NEGATIVE.")
        Tone tone;

        @Option(names = "--url", paramLabel = "URL", description = "Where to read it.")
        URI url;

        @Override
        public Integer call() {
            try (DemoCluster cluster = parent.demo.open()) {
                MediaOutlet found = cluster.get(MediaService.class).outlets().stream()
                        .filter(o -> o.name().equalsIgnoreCase(outlet)).findFirst()
                        .orElseThrow(() -> new NotFoundException("media outlet named \"" + outlet + "\""));
                cluster.get(CoverageService.class).log(new LogCoverage(cluster.actor(), found.id(),
                        date == null ? cluster.today() : date, headline, Optional.ofNullable(url), reach, tone,
                        Optional.empty()));
                parent.demo.out().printf("Logged \"%s\" (%s).%n", headline, found.name());
            }
            return 0;
        }
    }

    /** {@code press send --smtp URI}: publishes what is due and sends the pending deliveries. */
    @Command(name = "send", description = "Publish the releases whose embargo is lifted and send the deliveries (SMTP).")
    static class Send implements Callable<Integer> {
        @ParentCommand
        PressCommand parent;

        @Option(names = "--smtp", required = true, paramLabel = "URI",
                description = "The SMTP server as a camel-mail URI, such as smtp://localhost:25.")
        String smtp;

        @Override
        public Integer call() {
            try (DemoCluster cluster = parent.demo.open(Map.of(MailRoutes.SMTP_URL, smtp))) {
                ReleaseDispatch.Report report = cluster.get(ReleaseDispatch.class).run();
                parent.demo.out().printf("Published %d release(s); sent %d mail(s); %d not sent.%n",
                        report.published().size(), report.sent().size(), report.failed().size());
                return report.failed().isEmpty() ? 0 : 1;
            }
        }
    }
}
