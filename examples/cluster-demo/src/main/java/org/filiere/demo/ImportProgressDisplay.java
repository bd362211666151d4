package org.filiere.demo;

import java.io.PrintStream;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.filiere.kernel.ImportProgress;

/**
 * Shows the progress of long imports as they go: on a terminal, one bar rewritten in place; elsewhere (a file, a
 * pipe), one line each time another tenth of the input was read, so that a log stays short.
 */
@ApplicationScoped
public class ImportProgressDisplay {

    private static final int BAR_WIDTH = 30;

    private PrintStream out;
    private boolean terminal;
    private int tenthsShown;

    /**
     * Shows progress on this stream from now on.
     *
     * @param terminal whether the stream is a terminal, where the bar can be rewritten in place
     */
    public void showOn(PrintStream stream, boolean terminal) {
        this.out = stream;
        this.terminal = terminal;
    }

    void show(@Observes ImportProgress progress) {
        if (out == null) {
            return;
        }
        if (progress.stage() == ImportProgress.Stage.STARTED) {
            tenthsShown = 0;
        }
        if (terminal) {
            out.print("\r" + bar(progress) + (progress.stage().isLast() ? System.lineSeparator() : ""));
            out.flush();
            return;
        }
        int tenths = (int) Math.floor(progress.fraction().orElse(0) * 10);
        if (tenths > tenthsShown) {
            tenthsShown = tenths;
            out.println(line(tenths * 10, progress));
        } else if (progress.stage() == ImportProgress.Stage.STOPPED) {
            out.println(progress.source() + ": stopped after " + counts(progress));
        }
    }

    /** A line of the log: {@code catalogue.csv: 30 % (1500 read, 1497 imported, 3 refused, 820 records/s)}. */
    static String line(int percent, ImportProgress progress) {
        return progress.source() + ": " + percent + " % (" + counts(progress) + ")";
    }

    /** The bar: {@code [#########.....................]  30 % 1500 read, 1497 imported, 3 refused, 820 records/s}. */
    static String bar(ImportProgress progress) {
        if (progress.fraction().isEmpty()) {
            return progress.source() + ": " + counts(progress);
        }
        double fraction = progress.fraction().getAsDouble();
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        return String.format(Locale.ROOT, "[%s%s] %3d %% %s", "#".repeat(filled), ".".repeat(BAR_WIDTH - filled),
                Math.round(fraction * 100), counts(progress));
    }

    private static String counts(ImportProgress progress) {
        return String.format(Locale.ROOT, "%d read, %d imported, %d refused, %.0f records/s", progress.read(),
                progress.imported(), progress.refused(), progress.rate());
    }
}
