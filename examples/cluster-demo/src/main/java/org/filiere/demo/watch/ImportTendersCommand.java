package org.filiere.demo.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code import-tenders FILE}: reads an OCDS release package, a DECP v2 file or an eForms contract notice into the
 * market watch.
 */
@Command(name = "import-tenders",
        description = "Import calls for tender from an OCDS or DECP v2 JSON file, or an eForms contract notice (XML).")
public class ImportTendersCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Parameters(paramLabel = "FILE",
            description = "An OCDS release package or a DECP v2 file (JSON), or an eForms contract notice (XML).")
    Path file;

    @Override
    public Integer call() throws IOException {
        byte[] content = Files.readAllBytes(file);
        try (DemoCluster cluster = demo.open()) {
            TenderFiles.importFile(cluster, file.getFileName().toString(), content, demo.out());
        }
        return 0;
    }
}
