package org.filiere.demo.programme;

import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Prints the partner programmes of the year with their figures. */
@Command(name = "programmes", description = "Show the partner programmes of this year and their figures.")
public class ProgrammesCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            new ProgrammeTour().report(cluster, demo.out());
        }
        return 0;
    }
}
