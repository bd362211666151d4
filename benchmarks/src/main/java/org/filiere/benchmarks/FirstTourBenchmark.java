package org.filiere.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.filiere.demo.ClusterDemo;

/**
 * The demo's first tour as a new user runs it after the build: {@code cluster-demo tour} in a fresh JVM on a fresh
 * data folder (the migrations, the whole demo cluster written through the library's services, its figures and the
 * activity report), with the JVM settings of the {@code cluster-demo} script, timed from the process start to its
 * end. Beside it, alternating, a bare start of the same JVM on the same classpath that only prints the demo's help.
 * The figure is compared with the 12 s the first tour must stay under: the ratio is the tour's median over 12 s
 * (lower is better); the bare start is printed for reference.
 */
public final class FirstTourBenchmark implements Benchmark {

    private static final int ROUNDS = 3;
    private static final long TARGET_MILLIS = 12_000;
    private static final long RUN_TIMEOUT_SECONDS = 600;
    private static final List<String> DEMO_JVM_SETTINGS = List.of("-XX:TieredStopAtLevel=1",
            "-Dorg.jboss.weld.xml.disableValidating=true");

    @Override
    public String name() {
        return "first-tour";
    }

    @Override
    public String description() {
        return "cluster-demo tour on a fresh data folder in a fresh JVM, vs the 12 s target (bare JVM start shown)";
    }

    @Override
    public Result run(PrintStream out) throws Exception {
        try (ScratchDatabases scratch = new ScratchDatabases("first-tour")) {
            int[] round = {0};
            out.println("JVM settings of both sides (the cluster-demo script's): " + DEMO_JVM_SETTINGS);
            long[] medians = Rounds.alternate(1, ROUNDS, () -> {
                Path folder = scratch.file("tour-" + round[0]++);
                return timed("tour", List.of("--data-dir", folder.toString(), "tour"), folder);
            }, () -> timed("bare start", List.of("--help"), null), out);
            out.printf(Locale.ROOT, "bare JVM start (demo --help): median %.0f ms%n", medians[1] / 1e6);
            double ratio = medians[0] / 1e6 / TARGET_MILLIS;
            return new Result(String.format(Locale.ROOT, "%.0f_ms", medians[0] / 1e6),
                    TARGET_MILLIS + "_ms_target", ratio, "<=1.0");
        }
    }

    /** Runs the demo with these arguments in a fresh JVM and returns its wall time; it must end well. */
    private static long timed(String side, List<String> arguments, Path dataFolder)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(DEMO_JVM_SETTINGS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ClusterDemo.class.getName());
        command.addAll(arguments);
        Path log = Files.createTempFile("filiere-first-tour", ".log");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the " + side + " did not end within " + RUN_TIMEOUT_SECONDS + " s");
            }
            long elapsed = System.nanoTime() - start;
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("the " + side + " failed (exit " + process.exitValue() + "): "
                        + output);
            }
            if (dataFolder != null && !output.contains("Created the demo cluster")) {
                throw new IllegalStateException("the tour did not create the demo cluster in " + dataFolder + ": "
                        + output);
            }
            return elapsed;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
