package org.filiere.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.filiere.demo.DemoCluster;

/**
 * The start of the library: a Weld SE container that starts the storage on an existing embedded Derby database
 * (migrations already applied: the start checks and leaves them), JPA and Camel, then stops, against a bare Weld SE
 * container over the same classpath that discovers and deploys the same bean archives without starting the
 * library. Each start runs in a fresh JVM with the same JVM settings as this one, the two sides alternating, after
 * one untimed start of each. The figure is the time from before the container is made to after it stopped, inside
 * the JVM; the ratio is ours over the bare container's (lower is better).
 */
public final class BootBenchmark implements Benchmark {

    private static final int ROUNDS = 5;
    private static final long PROBE_TIMEOUT_SECONDS = 300;

    @Override
    public String name() {
        return "boot";
    }

    @Override
    public String description() {
        return "library container start and stop (Weld, Derby storage, JPA, Camel) vs bare Weld SE, fresh JVMs";
    }

    @Override
    public Result run(PrintStream out) throws Exception {
        try (ScratchDatabases scratch = new ScratchDatabases("boot")) {
            Path database = scratch.file("existing");
            try (DemoCluster first = DemoCluster.start(java.util.Map.of("filiere.db.directory", database.toString()),
                    "Claire Martin")) {
                out.printf("database made in %s, year %d%n", database, first.currentYear());
            }
            out.println("JVM settings of both sides: " + jvmSettings());
            long[] medians = Rounds.alternate(1, ROUNDS, () -> probe("full", database),
                    () -> probe("bare", database), out);
            double ratio = (double) medians[0] / medians[1];
            return new Result(String.format(Locale.ROOT, "%.0f_ms", medians[0] / 1e6),
                    String.format(Locale.ROOT, "%.0f_ms", medians[1] / 1e6), ratio, "<=2.0");
        }
    }

    private static List<String> jvmSettings() {
        List<String> settings = new ArrayList<>();
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!argument.startsWith("-agentlib") && !argument.startsWith("-javaagent")) {
                settings.add(argument);
            }
        }
        return settings;
    }

    private static long probe(String side, Path database) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmSettings());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BootProbe.class.getName());
        command.add(side);
        command.add(database.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        Long nanos = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("BOOT_NANOS ")) {
                    nanos = Long.parseLong(line.substring("BOOT_NANOS ".length()).strip());
                } else {
                    output.add(line);
                }
            }
        }
        if (!process.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the " + side + " start did not end within " + PROBE_TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0 || nanos == null) {
            throw new IllegalStateException("the " + side + " start failed (exit " + process.exitValue() + "): "
                    + String.join("\n", output));
        }
        return nanos;
    }
}
