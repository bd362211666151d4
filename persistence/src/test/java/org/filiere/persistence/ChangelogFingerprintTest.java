package org.filiere.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint that lets a start leave Liquibase out: it changes with any file the changelogs include. */
class ChangelogFingerprintTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<databaseChangeLog>\n";
    private static final String TAIL = "</databaseChangeLog>\n";

    @TempDir
    Path classpath;

    @Test
    void shouldGiveTheSameFingerprintForTheSameChangelogs() throws IOException {
        aLibrary();

        assertThat(fingerprint("db/main.xml")).isEqualTo(fingerprint("db/main.xml")).isPresent();
    }

    @Test
    void shouldChangeWhenAnIncludedFileChanges() throws IOException {
        aLibrary();
        Optional<String> before = fingerprint("db/main.xml");

        write("db/feature/001.xml", HEAD + "<changeSet id=\"1\" author=\"a\"><sql>select 2</sql></changeSet>\n" + TAIL);

        assertThat(fingerprint("db/main.xml")).isPresent().isNotEqualTo(before);
    }

    @Test
    void shouldFollowIncludesRelativeToTheirChangelog() throws IOException {
        aLibrary();
        write("db/feature/001.xml", HEAD + "<include file=\"002.xml\" relativeToChangelogFile=\"true\"/>\n" + TAIL);
        write("db/feature/002.xml", HEAD + TAIL);
        Optional<String> before = fingerprint("db/main.xml");

        write("db/feature/002.xml", HEAD + "<!-- edited -->\n" + TAIL);

        assertThat(fingerprint("db/main.xml")).isPresent().isNotEqualTo(before);
    }

    @Test
    void shouldChangeWhenAChangelogIsAddedOrTheOrderChanges() throws IOException {
        aLibrary();
        write("db/module.xml", HEAD + TAIL);

        assertThat(fingerprint("db/main.xml", "db/module.xml")).isNotEqualTo(fingerprint("db/main.xml"));
        assertThat(fingerprint("db/main.xml", "db/module.xml")).isNotEqualTo(fingerprint("db/module.xml", "db/main.xml"));
    }

    @Test
    void shouldHaveNoFingerprintWhenAChangelogIncludesAWholeFolder() throws IOException {
        write("db/main.xml", HEAD + "<includeAll path=\"db/feature/\"/>\n" + TAIL);

        assertThat(fingerprint("db/main.xml")).isEmpty();
    }

    @Test
    void shouldHaveNoFingerprintForAChangelogItCannotRead() throws IOException {
        write("db/main.yaml", "databaseChangeLog:\n  - include:\n      file: db/feature/001.xml\n");

        assertThat(fingerprint("db/main.yaml")).isEmpty();
    }

    @Test
    void shouldRefuseAChangelogThatIsNotOnTheClasspath() {
        assertThatThrownBy(() -> fingerprint("db/missing.xml"))
                .isInstanceOf(PersistenceStartException.class)
                .hasMessage("The changelog db/missing.xml is not on the classpath");
    }

    private void aLibrary() throws IOException {
        write("db/main.xml", HEAD + "<include file=\"db/feature/001.xml\"/>\n" + TAIL);
        write("db/feature/001.xml", HEAD + "<changeSet id=\"1\" author=\"a\"><sql>select 1</sql></changeSet>\n" + TAIL);
    }

    private void write(String path, String content) throws IOException {
        Path file = classpath.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private Optional<String> fingerprint(String... changelogs) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null)) {
            return ChangelogFingerprint.of(List.of(changelogs), loader);
        }
    }
}
