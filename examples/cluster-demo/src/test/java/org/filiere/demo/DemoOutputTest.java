package org.filiere.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the demo prints when it runs as a process whose output is not a terminal (a pipe, a file): the progress of a
 * long import as one line per tenth of the file, warnings on the error stream, the frameworks' informational logs
 * only with {@code --verbose}, and Derby's log in the data folder rather than the working directory.
 */
class DemoOutputTest {

    private static final String PROVIDER = "34530016400018";

    @TempDir
    Path workingDirectory;

    private record Run(int exitCode, String out, String err) {
    }

    private Run demo(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-Duser.language=en", "-Duser.country=US",
                "-Dfiliere.integration.training-providers.chunk-sessions=100",
                "-cp", System.getProperty("java.class.path"), ClusterDemo.class.getName(),
                "--data-dir", workingDirectory.resolve("data").toString()));
        command.addAll(List.of(args));
        Path out = workingDirectory.resolve("out.txt");
        Path err = workingDirectory.resolve("err.txt");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the demo did not end within 3 minutes: " + Files.readString(err));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A CSV catalogue of {@code courses} courses of one session each. */
    private Path catalogue(int courses) throws IOException {
        StringBuilder csv = new StringBuilder("provider_siret;provider_name;course_id;title;hours;session_id;start;end;"
                + "venue;commune\n");
        for (int i = 1; i <= courses; i++) {
            csv.append(PROVIDER).append(";Atelier Data;AD-").append(i).append(";Atelier numéro ").append(i)
                    .append(";7;AD-").append(i).append("-S1;2031-04-").append(String.format("%02d", 1 + i % 28))
                    .append(" 09:00;2031-04-29 17:30;Atelier Data;Grenoble\n");
        }
        return Files.writeString(workingDirectory.resolve("atelier-data.csv"), csv);
    }

    @Test
    void shouldPrintALinePerTenthOfALongImportWhenTheOutputIsNotATerminal() throws Exception {
        Path file = catalogue(2000);

        Run run = demo("import-training", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher line = Pattern.compile("(?m)^atelier-data\\.csv: (\\d+) % \\((\\d+) read, (\\d+) imported, (\\d+) "
                + "refused, \\d+ records/s\\)$").matcher(run.out());
        List<Integer> percents = new ArrayList<>();
        long lastRead = 0;
        while (line.find()) {
            percents.add(Integer.parseInt(line.group(1)));
            assertThat(Long.parseLong(line.group(2))).isGreaterThanOrEqualTo(lastRead);
            lastRead = Long.parseLong(line.group(2));
        }
        assertThat(percents).hasSizeGreaterThanOrEqualTo(5).isSorted().doesNotHaveDuplicates()
                .allSatisfy(p -> assertThat(p % 10).isZero()).last().isEqualTo(100);
        assertThat(lastRead).isEqualTo(2000);
        assertThat(run.out()).contains("atelier-data.csv (CSV): 2000 courses read, 2000 imported")
                .doesNotContain("\r");
        assertThat(workingDirectory.resolve("data").resolve("derby.log")).exists();
        assertThat(workingDirectory.resolve("derby.log")).doesNotExist();
    }

    @Test
    void shouldShowWarningsButNotTheFrameworksInformationByDefault() throws Exception {
        Path notes = Files.writeString(workingDirectory.resolve("notes.xml"), "<notes><note>Rappeler</note></notes>");

        Run run = demo("import-training", notes.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("WARNING: Route training-providers-import sent an item to the dead letters")
                .doesNotContain("INFO: ");
    }

    @Test
    void shouldShowTheFrameworksInformationWhenVerbose() throws Exception {
        Path notes = Files.writeString(workingDirectory.resolve("notes.xml"), "<notes><note>Rappeler</note></notes>");

        Run run = demo("--verbose", "import-training", notes.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("INFO: ").containsPattern("INFO: Apache Camel [0-9.]+ \\(.*\\) started")
                .contains("WARNING: Route training-providers-import sent an item to the dead letters");
    }
}
