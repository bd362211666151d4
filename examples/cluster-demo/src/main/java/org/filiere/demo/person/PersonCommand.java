package org.filiere.demo.person;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.privacy.ConsentChange;
import org.filiere.privacy.ConsentMeans;
import org.filiere.privacy.ConsentPurpose;
import org.filiere.privacy.PersonalDataErasure;
import org.filiere.privacy.PersonalDataExport;
import org.filiere.privacy.application.ConsentService;
import org.filiere.privacy.application.PersonalDataService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code person export|erase EMAIL}, {@code person consents HOLDER}: a person's data across the library, for a data
 * protection request, and the history of a person's or a member's consents.
 */
@Command(name = "person", description = "A person's data across the library, found by e-mail address: export it as"
        + " JSON, erase it everywhere, or list and record consents.", subcommands = {PersonCommand.Export.class,
            PersonCommand.Erase.class, PersonCommand.Consents.class})
public class PersonCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Override
    public Integer call() {
        demo.out().println("Places asked: person export EMAIL | person erase EMAIL | person consents EMAIL|SIREN");
        try (DemoCluster cluster = demo.open()) {
            cluster.get(PersonalDataService.class).places().forEach(p -> demo.out().println("  " + p));
        }
        return 0;
    }

    /** {@code person export EMAIL}: everything held about the person, as JSON. */
    @Command(name = "export", description = "Print everything held about the person, as JSON.")
    static class Export implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;

        @Parameters(paramLabel = "EMAIL", description = "The person's e-mail address.")
        String email;

        @Override
        public Integer call() throws JsonProcessingException {
            try (DemoCluster cluster = parent.demo.open()) {
                PersonalDataExport export = cluster.get(PersonalDataService.class).export(cluster.actor(), email);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("email", export.email());
                json.put("exportedAt", export.exportedAt().toString());
                json.put("places", export.places());
                parent.demo.out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(json));
            }
            return 0;
        }
    }

    /** {@code person erase EMAIL}: erases or anonymises the person everywhere, in one transaction. */
    @Command(name = "erase", description = "Erase or anonymise the person everywhere, keeping the figures.")
    static class Erase implements Callable<Integer> {
        @ParentCommand
        PersonCommand parent;

        @Parameters(paramLabel = "EMAIL", description = "The person's e-mail address.")
        String email;

        @Override
        public Integer call() {
            try (DemoCluster cluster = parent.demo.open()) {
                PersonalDataErasure erasure = cluster.get(PersonalDataService.class).erase(cluster.actor(), email);
                if (erasure.total() == 0) {
                    parent.demo.out().printf("Nothing held about %s.%n", erasure.email());
                } else {
                    parent.demo.out().printf("Erased %s: %s.%n", erasure.email(), erasure.erased().entrySet()
                            .stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
                }
            }
            return 0;
        }
    }

    /**
     * {@code person consents HOLDER [--give PURPOSE | --withdraw PURPOSE] [--means MEANS]}: the history of the
     * holder's consents, oldest first, after recording a change when asked.
     */
    @Command(name = "consents", description = "List the consents of a person (e-mail address) or a member (SIREN),"
            + " every change oldest first; with --give or --withdraw, record a change first.")
    static class Consents implements Callable<Integer> {
        private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneId.of("Europe/Paris"));

        @ParentCommand
        PersonCommand parent;

        @Parameters(paramLabel = "HOLDER", description = "An e-mail address, or a member's SIREN for the public"
                + " directory.")
        String holder;

        @Option(names = "--give", paramLabel = "PURPOSE",
                description = "Record a consent given: ${COMPLETION-CANDIDATES}.")
        ConsentPurpose give;

        @Option(names = "--withdraw", paramLabel = "PURPOSE", description = "Record a consent withdrawn.")
        ConsentPurpose withdraw;

        @Option(names = "--means", paramLabel = "MEANS", defaultValue = "RECORDED_BY_STAFF",
                description = "How the person said so (default: ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}.")
        ConsentMeans means;

        @Override
        public Integer call() {
            if (give != null && withdraw != null) {
                throw new InvalidFieldException("The consent change", "--give/--withdraw", "names both; give one");
            }
            try (DemoCluster cluster = parent.demo.open()) {
                ConsentService consents = cluster.get(ConsentService.class);
                if (give != null) {
                    consents.give(cluster.actor(), give, holder, means);
                } else if (withdraw != null && consents.withdraw(cluster.actor(), withdraw, holder, means).isEmpty()) {
                    parent.demo.out().printf("No %s consent of %s was in force.%n", withdraw, holder);
                }
                List<ConsentChange> history = consents.history(cluster.actor(), holder);
                if (history.isEmpty()) {
                    parent.demo.out().printf("No consent recorded for %s.%n", holder);
                }
                for (ConsentChange change : history) {
                    parent.demo.out().printf("%s  %-16s %-9s %-24s by %s%n", AT.format(change.at()), change.purpose(),
                            change.given() ? "given" : "withdrawn", change.means(),
                            change.by().map(Object::toString).orElse("the person"));
                }
            }
            return 0;
        }
    }
}
