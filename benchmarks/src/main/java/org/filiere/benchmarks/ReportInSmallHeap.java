package org.filiere.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.filiere.demo.DemoCluster;
import org.filiere.report.ActivityReport;
import org.filiere.report.application.ReportService;
import org.filiere.reporting.ReportFiles;
import org.filiere.reporting.ReportFormat;

/**
 * Run by {@link ActivityReportBenchmark} in a JVM with a small heap: builds the report of a year from the generated
 * database and writes it in every format, then prints the heap it had and the most it used.
 * Arguments: the database folder, the folder to write to, the year.
 */
public final class ReportInSmallHeap {

    private ReportInSmallHeap() {
    }

    public static void main(String[] args) throws Exception {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        Path database = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        int year = Integer.parseInt(args[2]);
        long start = System.nanoTime();
        try (DemoCluster cluster = DemoCluster.start(Map.of("filiere.db.directory", database.toString()),
                "Claire Martin")) {
            ActivityReport report = cluster.get(ReportService.class).build(cluster.actor(), year);
            ReportFiles files = new ReportFiles("Association générée");
            for (ReportFormat format : ReportFormat.values()) {
                Path file = folder.resolve("report." + format.extension());
                files.write(report, format, file);
                System.out.printf("%s: %,d bytes%n", file.getFileName(), Files.size(file));
            }
            System.out.printf("%d figures of %d built and written in %.1f s%n", report.figures().size(), year,
                    (System.nanoTime() - start) / 1e9);
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("heap: at most %d MB allowed, peak used %d MB (sum of the heap pools' peaks)%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), peak / (1024 * 1024));
    }
}
