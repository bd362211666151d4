package org.filiere.demo.person;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.privacy.PersonalDataErasure;
import org.filiere.privacy.PersonalDataExport;
import org.filiere.privacy.application.PersonalDataService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code person export|erase EMAIL}: a person's data across the library, for a data protection request. */
@Command(name = "person", description = "A person's data across the library, found by e-mail address: export it as"
        + " JSON, or erase it everywhere.", subcommands = {PersonCommand.Export.class, PersonCommand.Erase.class})
public class PersonCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Override
    public Integer call() {
        demo.out().println("Places asked: person export EMAIL | person erase EMAIL");
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
}
