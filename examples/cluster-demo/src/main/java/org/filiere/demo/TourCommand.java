package org.filiere.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.filiere.demo.charter.CharterTour;
import org.filiere.demo.directory.DirectoryTour;
import org.filiere.demo.event.EventTour;
import org.filiere.demo.integration.CatalogueTour;
import org.filiere.demo.integration.OutboxTour;
import org.filiere.demo.member.ContributionTour;
import org.filiere.demo.member.MembershipTour;
import org.filiere.demo.press.PressTour;
import org.filiere.demo.programme.ProgrammeTour;
import org.filiere.demo.project.ProjectTour;
import org.filiere.demo.report.ReportTour;
import org.filiere.demo.techwatch.TechWatchTour;
import org.filiere.demo.training.TrainingTour;
import org.filiere.demo.watch.WatchTour;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** The demo's main job: creates a realistic cluster on the first run, then prints its figures. */
@Command(name = "tour", description = "Create the demo cluster (first run only) and print its figures.")
public class TourCommand implements Callable<Integer> {

    /** The steps, in order: later steps build on the members of the first. */
    public static final List<TourStep> STEPS = List.of(new MembershipTour(), new CharterTour(), new ContributionTour(),
            new TrainingTour(), new CatalogueTour(), new ProjectTour(), new ProgrammeTour(), new WatchTour(),
            new EventTour(), new DirectoryTour(), new TechWatchTour(), new PressTour(), new OutboxTour(),
            new ReportTour());

    private static final Logger PREPARATION = Logger.getLogger(TourCommand.class.getName());

    @ParentCommand
    ClusterDemo demo;

    @Override
    public Integer call() {
        PrintStream out = demo.out();
        StepTimes times = StepTimes.fromEnvironment(System.err);
        demo.configureLogging();
        Thread preparation = prepareInBackground();
        try (DemoCluster cluster = times.time("library", "start", () -> demo.open())) {
            DemoData data = new DemoData(cluster.currentYear());
            boolean created = false;
            for (TourStep step : STEPS) {
                if (!times.time(name(step), "check", () -> step.isLoaded(cluster))) {
                    times.time(name(step), "populate", () -> step.populate(cluster, data));
                    created = true;
                }
            }
            out.println(created ? "Created the demo cluster \"" + DemoData.CLUSTER_NAME + "\" in " + demo.dataDir + "."
                    : "The demo cluster \"" + DemoData.CLUSTER_NAME + "\" is already in " + demo.dataDir + ".");
            times.time("steps", "prepare", () -> awaitPreparation(preparation));
            for (TourStep step : STEPS) {
                out.println();
                times.time(name(step), "report", () -> step.report(cluster, out));
            }
        }
        return 0;
    }

    /**
     * Runs the steps' {@linkplain TourStep#prepare preparations} on a second thread, so that they overlap the
     * library's start and the creation of the cluster on a machine with more than one core.
     */
    private static Thread prepareInBackground() {
        Thread thread = new Thread(() -> STEPS.forEach(TourCommand::prepare), "tour-preparation");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** A preparation that fails only loses its head start: the step's own work then meets the problem, if any. */
    private static void prepare(TourStep step) {
        try {
            step.prepare();
        } catch (RuntimeException e) {
            PREPARATION.log(Level.FINE, e, () -> name(step) + " could not prepare ahead");
        }
    }

    private static void awaitPreparation(Thread preparation) {
        try {
            preparation.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String name(TourStep step) {
        return step.getClass().getSimpleName();
    }
}
