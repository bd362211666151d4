package org.filiere.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

import org.filiere.demo.audit.AuditCommand;
import org.filiere.demo.charter.SignCharterCommand;
import org.filiere.demo.charter.VerifyCertificateCommand;
import org.filiere.demo.directory.DirectoryCommand;
import org.filiere.demo.event.AgendaCommand;
import org.filiere.demo.event.EventsCommand;
import org.filiere.demo.event.SpeedMeetingCommand;
import org.filiere.demo.integration.DeadLettersCommand;
import org.filiere.demo.integration.OutboxCommand;
import org.filiere.demo.integration.ImportTrainingCommand;
import org.filiere.demo.member.AdmitCommand;
import org.filiere.demo.member.MembersCommand;
import org.filiere.demo.person.PersonCommand;
import org.filiere.demo.press.PressCommand;
import org.filiere.demo.programme.ProgrammesCommand;
import org.filiere.demo.project.ProjectsCommand;
import org.filiere.demo.report.ReportCommand;
import org.filiere.demo.techwatch.TechWatchCommand;
import org.filiere.demo.training.AttendanceCommand;
import org.filiere.demo.training.CalendarCommand;
import org.filiere.demo.training.CancelRegistrationCommand;
import org.filiere.demo.training.RegisterCommand;
import org.filiere.demo.training.SessionsCommand;
import org.filiere.demo.watch.DigestCommand;
import org.filiere.demo.watch.ImportTendersCommand;
import org.filiere.demo.watch.SendDigestsCommand;
import org.filiere.demo.watch.WatchProfileCommand;
import org.filiere.kernel.BusinessRefusal;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The cluster demo: a command-line application that runs a regional digital cluster on Filière, with the embedded
 * Derby database kept in a folder between runs.
 */
@Command(name = "cluster-demo", mixinStandardHelpOptions = true, version = "Filière cluster demo 0.1",
        description = "Runs a demo business cluster on Filière (embedded Derby, data kept between runs).",
        subcommands = {TourCommand.class, MembersCommand.class, AdmitCommand.class, SignCharterCommand.class,
            VerifyCertificateCommand.class, SessionsCommand.class, RegisterCommand.class,
            CancelRegistrationCommand.class, AttendanceCommand.class, CalendarCommand.class, ProjectsCommand.class,
            ProgrammesCommand.class, ImportTrainingCommand.class, DeadLettersCommand.class, ImportTendersCommand.class,
            WatchProfileCommand.class, DigestCommand.class, SendDigestsCommand.class, EventsCommand.class,
            AgendaCommand.class, SpeedMeetingCommand.class, ReportCommand.class, DirectoryCommand.class,
            TechWatchCommand.class, PressCommand.class, PersonCommand.class, AuditCommand.class,
            OutboxCommand.class})
public class ClusterDemo implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "filiere-data", paramLabel = "DIR",
            description = "Folder of the embedded database (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--verbose", description = "Show the frameworks' informational logs (Weld, EclipseLink, "
            + "Liquibase, Camel) besides the warnings and errors shown anyway.")
    boolean verbose;

    @Option(names = "--as", defaultValue = "claire-martin", paramLabel = "ID",
            description = "The staff member acting, by account id or name (default: ${DEFAULT-VALUE}).")
    String actorName;

    /** PDFBox warns of each standard font it replaces by a free one when drawing the report: only shown with --verbose. */
    private static final Logger PDF_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font");

    private PrintStream out = System.out;
    private PrintStream err = System.err;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the demo with the given streams and returns its exit code: 0 done, 1 failure, 2 refused input. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        ClusterDemo demo = new ClusterDemo();
        demo.out = out;
        demo.err = err;
        CommandLine commandLine = new CommandLine(demo);
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + e.getMessage());
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            err.println("error: " + message(e));
            if (demo.verbose) {
                e.printStackTrace(err);
            }
            return isRefusal(e) ? 2 : 1;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(out);
        return 0;
    }

    /** Starts the library on the demo's database; subcommands close it with try-with-resources. */
    public DemoCluster open() {
        return open(java.util.Map.of());
    }

    /**
     * Starts the library on the demo's database with more settings (an SMTP server, say). Camel starts only when a
     * command uses it, so that the read commands start none of it.
     */
    public DemoCluster open(java.util.Map<String, String> settings) {
        configureLogging();
        java.util.Map<String, String> all = new java.util.HashMap<>();
        all.put("filiere.camel.start", "on-demand");
        all.putAll(settings);
        all.put("filiere.db.directory", dataDir.toAbsolutePath().toString());
        return DemoCluster.start(all, actorName);
    }

    /** Shows the progress of the imports the command runs on the demo's output: a bar on a terminal, else lines. */
    public void showImportProgress(DemoCluster cluster) {
        cluster.get(ImportProgressDisplay.class).showOn(out, out == System.out && System.console() != null);
    }

    public PrintStream out() {
        return out;
    }

    /**
     * Warnings and errors go to the error stream; the frameworks' informational logs too with {@code --verbose}.
     * Derby's own log goes to the data folder, unless the JVM was told another place.
     */
    void configureLogging() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Level level = verbose ? Level.INFO : Level.WARNING;
        StreamHandler handler = new FlushingHandler(err);
        handler.setLevel(level);
        root.addHandler(handler);
        root.setLevel(level);
        PDF_FONTS.setLevel(verbose ? Level.INFO : Level.SEVERE);
        if (System.getProperty("derby.stream.error.file") == null) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data folder " + dataDir, e);
            }
            System.setProperty("derby.stream.error.file", dataDir.toAbsolutePath().resolve("derby.log").toString());
        }
    }

    /** Writes each log record at once, and leaves the stream open when the log manager is reset. */
    private static final class FlushingHandler extends StreamHandler {

        FlushingHandler(PrintStream stream) {
            super(stream, new SimpleFormatter());
        }

        @Override
        public synchronized void publish(LogRecord logRecord) {
            super.publish(logRecord);
            flush();
        }

        @Override
        public synchronized void close() {
            flush();
        }
    }

    private static boolean isRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessRefusal) {
                return true;
            }
        }
        return false;
    }

    private static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessRefusal) {
                return t.getMessage();
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
