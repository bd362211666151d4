package org.filiere.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code cluster-demo} script at the repository's root decides whether to rebuild before running: only a
 * module's sources or a pom.xml newer than the jar make it build, never the data the demo writes.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("..", "..", "cluster-demo");
    private static final Instant BUILT = Instant.parse("2026-01-10T10:00:00Z");
    private static final Instant LATER = BUILT.plusSeconds(3600);
    private static final Instant EARLIER = BUILT.minusSeconds(3600);

    @TempDir
    Path checkout;

    @BeforeEach
    void aBuiltCheckout() throws IOException {
        Path script = checkout.resolve("cluster-demo");
        Files.copy(SCRIPT, script, StandardCopyOption.COPY_ATTRIBUTES);
        assertThat(script.toFile().setExecutable(true)).isTrue();
        write("pom.xml", EARLIER);
        write("core/pom.xml", EARLIER);
        write("core/src/main/java/org/filiere/member/Member.java", EARLIER);
        write("persistence/src/main/resources/META-INF/persistence.xml", EARLIER);
        write("examples/cluster-demo/target/cluster-demo.jar", BUILT);
    }

    @Test
    void shouldRunWithoutBuildingWhenOnlyTheDemoDataChanged() throws Exception {
        write("filiere-data/filiere/service.properties", LATER);
        write("filiere-data/report.html", LATER);
        write("filiere-data/filiere/seg0/c10.dat", LATER);

        assertThat(decision()).isEqualTo("run");
    }

    @Test
    void shouldRunWithoutBuildingWhenOnlyBuildOutputChanged() throws Exception {
        write("core/target/classes/META-INF/jandex.idx", LATER);
        write("benchmarks/target/maven-archiver/pom.properties", LATER);

        assertThat(decision()).isEqualTo("run");
    }

    @Test
    void shouldBuildWhenASourceFileChanged() throws Exception {
        write("core/src/main/java/org/filiere/member/Member.java", LATER);

        assertThat(decision()).isEqualTo("build: core/src/main/java/org/filiere/member/Member.java changed");
    }

    @Test
    void shouldBuildWhenAResourceOfAModuleChanged() throws Exception {
        write("persistence/src/main/resources/META-INF/persistence.xml", LATER);

        assertThat(decision()).startsWith("build: persistence/src/main/resources");
    }

    @Test
    void shouldBuildWhenAPomChanged() throws Exception {
        write("core/pom.xml", LATER);

        assertThat(decision()).isEqualTo("build: core/pom.xml changed");
    }

    @Test
    void shouldBuildWhenThereIsNoJar() throws Exception {
        Files.delete(checkout.resolve("examples/cluster-demo/target/cluster-demo.jar"));

        assertThat(decision()).isEqualTo("build: no jar yet");
    }

    private void write(String relative, Instant modified) throws IOException {
        Path file = checkout.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, relative);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private String decision() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", checkout.resolve("cluster-demo").toString(), "tour")
                .directory(checkout.toFile())
                .redirectErrorStream(true);
        builder.environment().put("CLUSTER_DEMO_EXPLAIN", "1");
        Process process = builder.start();
        String output;
        try (var in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the script answers within 30 s").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
