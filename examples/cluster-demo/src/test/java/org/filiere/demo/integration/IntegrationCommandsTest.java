package org.filiere.demo.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.filiere.demo.ClusterDemo;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The demo imports catalogues, shows the dead letters, and lets staff discard them. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegrationCommandsTest {

    @TempDir
    static Path dataDir;

    @TempDir
    static Path files;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = ClusterDemo.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @Order(1)
    void shouldImportAnLheoCatalogueAndNameTheRecordItRefused() throws Exception {
        Path catalogue = Files.writeString(files.resolve("catalogue.xml"), CatalogueTour.lheo(2031));

        Run imported = run("import-training", catalogue.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("catalogue.xml (LHEO 2.3): 4 courses read, 3 imported")
                .contains("sessions 6 created")
                .containsPattern("dead letter [0-9a-f]{8}: Course formation F-NF-4, action NF-4, session NF-4-S1: "
                        + "start date is unknown \\(00000000\\)");
    }

    @Test
    @Order(2)
    void shouldImportTheSameCatalogueAgainWithoutDuplicates() throws Exception {
        Run again = run("import-training", files.resolve("catalogue.xml").toString());

        assertThat(again.out())
                .contains("4 courses read, 0 imported, 3 unchanged, 0 withdrawn; sessions 0 created, 0 revised, 0 closed");
    }

    @Test
    @Order(3)
    void shouldRefuseAFileThatIsNotACatalogue() throws Exception {
        Path notes = Files.writeString(files.resolve("notes.xml"), "<notes><note>Rappeler Acme</note></notes>");

        Run refused = run("import-training", notes.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.out()).contains("Refused: notes.xml is not an LHEO catalogue: it starts with <notes>");
    }

    @Test
    @Order(4)
    void shouldListTheDeadLettersAndDiscardOne() {
        Run list = run("dead-letters", "list");
        assertThat(list.out()).contains("2 dead letter(s)").contains("start date is unknown (00000000)")
                .contains("notes.xml is not an LHEO catalogue");
        Matcher id = Pattern.compile("(?m)^([0-9a-f]{8}) .*start date is unknown").matcher(list.out());
        assertThat(id.find()).isTrue();

        Run discarded = run("dead-letters", "discard", id.group(1));

        assertThat(discarded.out()).contains("Discarded.");
        assertThat(run("dead-letters", "list").out()).contains("1 dead letter(s)")
                .doesNotContain("start date is unknown");
    }
}
