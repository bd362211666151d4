package org.filiere.benchmarks;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The entry point of {@code benchmarks/run NAME}: {@code list} names and describes the benchmarks, {@code names}
 * prints only their names (for {@code benchmarks/run all}), a name runs one.
 */
public final class Benchmarks {

    /** Every benchmark; add new ones here. */
    static final List<Benchmark> ALL = List.of(new DemoLoadBenchmark(), new TrainingImportBenchmark(),
            new TenderMatchingBenchmark(), new SpeedMeetingBenchmark(), new ActivityReportBenchmark(),
            new TenderImportBenchmark(), new BootBenchmark(), new OutboxRelayBenchmark(),
            new FirstTourBenchmark(), new PortalLoadBenchmark());

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && "names".equals(args[0])) {
            ALL.forEach(b -> System.out.println(b.name()));
            return;
        }
        if (args.length != 1 || "list".equals(args[0])) {
            ALL.forEach(b -> System.out.printf("%-24s %s%n", b.name(), b.description()));
            System.exit(args.length == 1 ? 0 : 2);
        }
        Benchmark benchmark = ALL.stream().filter(b -> b.name().equals(args[0])).findFirst().orElse(null);
        if (benchmark == null) {
            System.err.println("No benchmark named '" + args[0] + "'; `benchmarks/run list` names them.");
            System.exit(2);
        }
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.OFF);
        Result result = benchmark.run(System.out);
        System.out.println(result.line(benchmark.name()));
    }
}
