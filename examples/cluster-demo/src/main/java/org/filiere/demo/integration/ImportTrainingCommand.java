package org.filiere.demo.integration;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.integration.camel.deadletter.DeadLetters;
import org.filiere.integration.training.CatalogueRoutes;
import org.filiere.integration.training.ImportReport;
import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Imports a training organisation's catalogue (LHEO 2.2 or 2.3, or CSV) through the import route. */
@Command(name = "import-training", description = "Import a training organisation's catalogue (LHEO or CSV) and show "
        + "what went in and what went to the dead letters.")
public class ImportTrainingCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Parameters(paramLabel = "FILE", description = "The catalogue: an LHEO .xml file or a CSV file.")
    Path file;

    @Override
    public Integer call() {
        PrintStream out = demo.out();
        if (!Files.isRegularFile(file)) {
            out.println("No file " + file + ".");
            return 2;
        }
        try (DemoCluster cluster = demo.open()) {
            demo.showImportProgress(cluster);
            DeadLetterService deadLetters = cluster.get(DeadLetterService.class);
            List<DeadLetter> before = deadLetters.list(cluster.actor(), Optional.empty());
            Exchange exchange = cluster.get(ProducerTemplate.class).send(CatalogueRoutes.IMPORT,
                    e -> e.getIn().setBody(file.toAbsolutePath()));
            String refused = exchange.getProperty(DeadLetters.STORED_AS, String.class);
            if (refused != null) {
                DeadLetter letter = deadLetters.list(cluster.actor(), Optional.of(CatalogueRoutes.IMPORT_ROUTE)).stream()
                        .filter(l -> l.id().toString().equals(refused)).findFirst().orElseThrow();
                out.println("Refused: " + letter.reason());
                return 2;
            }
            ImportReport report = exchange.getMessage().getBody(ImportReport.class);
            out.println(report);
            report.gaps().forEach(gaps -> out.println("  " + gaps));
            deadLetters.list(cluster.actor(), Optional.empty()).stream()
                    .filter(l -> before.stream().noneMatch(b -> b.id().equals(l.id()) && b.attempts() == l.attempts()))
                    .forEach(l -> out.println("  dead letter " + DeadLettersCommand.shortId(l) + ": " + l.reason()));
        }
        return 0;
    }
}
