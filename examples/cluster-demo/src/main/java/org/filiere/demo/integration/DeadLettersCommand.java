package org.filiere.demo.integration;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterId;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.integration.camel.deadletter.RetryOutcome;
import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** What the integrations could not process: list, retry or discard it. */
@Command(name = "dead-letters", description = "List, retry or discard the items the integrations could not process.",
        subcommands = {DeadLettersCommand.ListLetters.class, DeadLettersCommand.Retry.class,
            DeadLettersCommand.Discard.class})
public class DeadLettersCommand {

    @ParentCommand
    ClusterDemo demo;

    static String shortId(DeadLetter letter) {
        return letter.id().toString().substring(0, 8);
    }

    static DeadLetterId find(DemoCluster cluster, String prefix) {
        List<DeadLetter> matching = cluster.get(DeadLetterService.class).list(cluster.actor(), Optional.empty())
                .stream().filter(l -> l.id().toString().startsWith(prefix)).toList();
        if (matching.size() != 1) {
            throw new IllegalArgumentException(matching.isEmpty() ? "No dead letter starts with " + prefix + "."
                    : prefix + " names " + matching.size() + " dead letters; give more of the id.");
        }
        return matching.get(0).id();
    }

    /** {@code dead-letters list}. */
    @Command(name = "list", description = "List the dead letters, the latest first.")
    static class ListLetters implements Callable<Integer> {

        @ParentCommand
        DeadLettersCommand parent;

        @Option(names = "--route", description = "Only this route's.")
        String route;

        @Override
        public Integer call() {
            PrintStream out = parent.demo.out();
            try (DemoCluster cluster = parent.demo.open()) {
                List<DeadLetter> letters = cluster.get(DeadLetterService.class).list(cluster.actor(),
                        Optional.ofNullable(route));
                for (DeadLetter l : letters) {
                    out.printf("%s  %s  %-34s %d attempt(s)  %s%n", shortId(l), l.failedAt(), l.routeId(), l.attempts(),
                            l.reason());
                }
                out.printf("%d dead letter(s)%n", letters.size());
            }
            return 0;
        }
    }

    /** {@code dead-letters retry ID}. */
    @Command(name = "retry", description = "Send a dead letter's item through its route again.")
    static class Retry implements Callable<Integer> {

        @ParentCommand
        DeadLettersCommand parent;

        @Parameters(paramLabel = "ID", description = "The dead letter's id, or its first characters.")
        String id;

        @Override
        public Integer call() {
            PrintStream out = parent.demo.out();
            try (DemoCluster cluster = parent.demo.open()) {
                RetryOutcome outcome = cluster.get(DeadLetterService.class).retry(cluster.actor(), find(cluster, id));
                out.println(outcome.succeeded() ? "Went through; the dead letter is gone."
                        : "Failed again: " + outcome.reason().orElse(""));
                return outcome.succeeded() ? 0 : 1;
            }
        }
    }

    /** {@code dead-letters discard ID}. */
    @Command(name = "discard", description = "Give up on a dead letter's item for good.")
    static class Discard implements Callable<Integer> {

        @ParentCommand
        DeadLettersCommand parent;

        @Parameters(paramLabel = "ID", description = "The dead letter's id, or its first characters.")
        String id;

        @Override
        public Integer call() {
            try (DemoCluster cluster = parent.demo.open()) {
                cluster.get(DeadLetterService.class).discard(cluster.actor(), find(cluster, id));
                parent.demo.out().println("Discarded.");
            }
            return 0;
        }
    }
}
