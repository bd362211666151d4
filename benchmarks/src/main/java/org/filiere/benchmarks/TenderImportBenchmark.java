package org.filiere.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.apache.camel.ProducerTemplate;
import org.filiere.demo.DemoCluster;
import org.filiere.integration.tenders.FeedReport;
import org.filiere.integration.tenders.TenderFeedRoutes;
import org.filiere.persistence.Storage;

/**
 * A generated DECP file imported through the tender route (streamed, read entry by entry into notices, checked,
 * written a chunk per transaction) into a fresh embedded Derby database, against a plain loader of the same rows:
 * Jackson's streaming parser and JDBC batch inserts into another fresh Derby database. Both databases get their schema
 * from the library's migrations before the clock starts, and both sides must end with the same rows. The rounds use
 * 20,000 contracts ({@code -Dfiliere.bench.tenders=N} for another count; the national file's 300,000 make each round
 * last minutes on a small machine). Before the rounds, the route imports a file of the national size, 300,000
 * contracts ({@code -Dfiliere.bench.tenders.small-heap=N}, 0 to leave it out), in a JVM of 256 MB of heap. The figure
 * is contracts per second; the ratio is ours over the baseline; the target is 0.5.
 */
public final class TenderImportBenchmark implements Benchmark {

    static final String SMALL_HEAP = "-Xmx256m";
    private static final int WARM_UP = 20_000;
    private static final int ROUNDS_CONTRACTS = 20_000;
    private static final int NATIONAL_CONTRACTS = 300_000;

    @Override
    public String name() {
        return "tender-import";
    }

    @Override
    public String description() {
        return "DECP file through the tender route vs Jackson streaming + JDBC batch inserts (Derby); 300,000 contracts"
                + " in 256 MB of heap first";
    }

    @Override
    public Result run(PrintStream out) throws Exception {
        int contracts = Integer.getInteger("filiere.bench.tenders", ROUNDS_CONTRACTS);
        int national = Integer.getInteger("filiere.bench.tenders.small-heap", NATIONAL_CONTRACTS);
        int[] round = {0};
        try (ScratchDatabases scratch = new ScratchDatabases("tender-import")) {
            Path feed = scratch.file("decp.json");
            GeneratedDecp.write(feed, contracts);
            Path warmUp = scratch.file("decp-warm-up.json");
            GeneratedDecp.write(warmUp, Math.min(WARM_UP, contracts));
            out.printf("feed: %,d contracts, %.1f MB%n", contracts, Files.size(feed) / 1e6);

            if (national > 0) {
                Path nationalFeed = scratch.file("decp-national.json");
                GeneratedDecp.write(nationalFeed, national);
                out.printf("national-size feed: %,d contracts, %.1f MB%n", national, Files.size(nationalFeed) / 1e6);
                importInSmallHeap(scratch.file("small-heap"), nationalFeed, national, out);
                Files.delete(nationalFeed);
            }

            out.println("warm-up: " + Math.min(WARM_UP, contracts) + " contracts on each side");
            ours(scratch, "warm-up-ours", warmUp, Math.min(WARM_UP, contracts), new String[1]);
            baseline(scratch, "warm-up-baseline", warmUp, Math.min(WARM_UP, contracts), new String[1]);

            String[] oursRows = new String[1];
            String[] baselineRows = new String[1];
            long[] medians = Rounds.alternate(0, 3,
                    () -> ours(scratch, "ours-" + round[0], feed, contracts, oursRows),
                    () -> baseline(scratch, "baseline-" + round[0]++, feed, contracts, baselineRows), out);
            if (!oursRows[0].equals(baselineRows[0])) {
                throw new IllegalStateException("The two sides did not write the same rows: " + oursRows[0] + " vs "
                        + baselineRows[0]);
            }
            out.println("both sides wrote the same rows: " + oursRows[0]);
            double oursRate = contracts / (medians[0] / 1e9);
            double baselineRate = contracts / (medians[1] / 1e9);
            return new Result(String.format(Locale.ROOT, "%.0f_contracts/s", oursRate),
                    String.format(Locale.ROOT, "%.0f_contracts/s", baselineRate), oursRate / baselineRate, "0.5");
        }
    }

    private static long ours(ScratchDatabases scratch, String folder, Path feed, int contracts, String[] rows)
            throws Exception {
        try (DemoCluster cluster = scratch.library(folder)) {
            ProducerTemplate template = cluster.get(ProducerTemplate.class);
            long start = System.nanoTime();
            FeedReport report = template.requestBody(TenderFeedRoutes.IMPORT_FILE, feed.toString(), FeedReport.class);
            long elapsed = System.nanoTime() - start;
            if (report.created() != contracts || report.deadLettered() != 0) {
                throw new IllegalStateException("The route did not take the whole feed: " + report);
            }
            rows[0] = rows(cluster.get(Storage.class).dataSource());
            return elapsed;
        }
    }

    private static long baseline(ScratchDatabases scratch, String folder, Path feed, int contracts, String[] rows)
            throws Exception {
        try (Connection c = scratch.plainJdbc(folder)) {
            long start = System.nanoTime();
            int loaded = DecpJdbcLoader.load(feed, c);
            long elapsed = System.nanoTime() - start;
            if (loaded != contracts) {
                throw new IllegalStateException("The baseline loaded " + loaded + " contracts of " + contracts);
            }
            rows[0] = rows(c);
            c.commit();
            return elapsed;
        } finally {
            scratch.shutdown(folder);
        }
    }

    private static String rows(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return rows(c);
        }
    }

    /** The number of rows of each table and a digest of what they say, ids and times left out. */
    static String rows(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT t.source, t.reference, t.buyer_name, t.buyer_siret, t.title,"
                        + " t.description, t.department, t.postcode, t.value_amount, t.value_currency, t.published_on,"
                        + " t.deadline, t.url, t.version, p.cpv_code, p.item_order FROM tender t"
                        + " LEFT JOIN tender_cpv p ON p.tender_id = t.id ORDER BY t.source, t.reference, p.item_order")) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            int count = 0;
            int columns = r.getMetaData().getColumnCount();
            StringBuilder first = new StringBuilder();
            while (r.next()) {
                count++;
                for (int i = 1; i <= columns; i++) {
                    String value = String.valueOf(r.getString(i));
                    digest.update(value.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    if (count == 1) {
                        first.append(i == 1 ? "" : "|").append(value);
                    }
                }
            }
            return count + " tender rows with their CPV codes, digest "
                    + HexFormat.of().formatHex(digest.digest(), 0, 8) + ", first " + first;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void importInSmallHeap(Path folder, Path feed, int contracts, PrintStream out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder fork = new ProcessBuilder(java, SMALL_HEAP, "-cp", System.getProperty("java.class.path"),
                TenderImportInSmallHeap.class.getName(), folder.toAbsolutePath().toString(),
                feed.toAbsolutePath().toString(), String.valueOf(contracts)).redirectErrorStream(true);
        out.println("importing the whole feed through the route in a JVM with " + SMALL_HEAP + "...");
        Process process = fork.start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> out.println("  [" + SMALL_HEAP + "] " + line));
        }
        if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("The feed did not import in a JVM with " + SMALL_HEAP);
        }
    }
}
