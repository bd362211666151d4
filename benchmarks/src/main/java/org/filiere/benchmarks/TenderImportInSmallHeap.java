package org.filiere.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.apache.camel.ProducerTemplate;
import org.filiere.demo.DemoCluster;
import org.filiere.integration.tenders.FeedReport;
import org.filiere.integration.tenders.TenderFeedRoutes;

/**
 * Run by {@link TenderImportBenchmark} in a JVM with a small heap: imports a feed file through the tender route into
 * a new database, fails unless every contract was created (a heap too small ends it with an
 * {@link OutOfMemoryError}, and a non-zero exit), then prints the heap it had and the most it used.
 * Arguments: the database folder, the feed file, the number of contracts it holds.
 */
public final class TenderImportInSmallHeap {

    private TenderImportInSmallHeap() {
    }

    public static void main(String[] args) throws Exception {
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        Path database = Path.of(args[0]);
        Path feed = Path.of(args[1]);
        long contracts = Long.parseLong(args[2]);
        long start = System.nanoTime();
        try (DemoCluster cluster = DemoCluster.start(Map.of("filiere.db.directory", database.toString()),
                "Claire Martin")) {
            FeedReport report = cluster.get(ProducerTemplate.class).requestBody(TenderFeedRoutes.IMPORT_FILE,
                    feed.toString(), FeedReport.class);
            System.out.printf("%s, in %.1f s%n", report, (System.nanoTime() - start) / 1e9);
            if (report.created() != contracts || report.deadLettered() != 0) {
                System.out.println("expected " + contracts + " new tenders and no dead letter");
                System.exit(1);
            }
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("heap: at most %d MB allowed, peak used %d MB (sum of the heap pools' peaks)%n",
                Runtime.getRuntime().maxMemory() / (1024 * 1024), peak / (1024 * 1024));
    }
}
