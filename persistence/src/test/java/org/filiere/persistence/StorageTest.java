package org.filiere.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.filiere.fixtures.Fixtures;
import org.filiere.member.MemberId;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MembershipService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: a Derby database in a folder, kept between runs, migrated once, leaving no derby.log behind. */
class StorageTest {

    @Test
    void shouldKeepDataInTheConfiguredFolderBetweenRuns(@TempDir Path folder) throws Exception {
        TestDatabase inFolder = new TestDatabase("derby-file", Map.of("filiere.db.directory", folder.toString()), () -> {
        });
        MemberId id;
        try (FiliereContainer first = FiliereContainer.start(inFolder)) {
            id = first.get(MembershipService.class).apply(anApplication(Fixtures.SIRETS[0], "Alpes Logiciels", 2025));
        }
        try (FiliereContainer second = FiliereContainer.start(inFolder)) {
            assertThat(second.get(MemberDirectory.class).member(id)).hasValueSatisfying(
                    m -> assertThat(m.name()).isEqualTo("Alpes Logiciels"));
        }
        assertThat(folder.resolve("filiere")).isDirectory();
        assertThat(Path.of("derby.log")).doesNotExist();
    }

    @Test
    void shouldStartWithoutMigrationsWhenSchemaUpdateIsOff(@TempDir Path folder) {
        TestDatabase inFolder = new TestDatabase("derby-file", Map.of("filiere.db.directory", folder.toString(),
                "filiere.db.schema-update", "false"), () -> {
        });
        try (FiliereContainer filiere = FiliereContainer.start(inFolder)) {
            assertThatThrownBy(() -> filiere.get(MembershipService.class)
                    .apply(anApplication(Fixtures.SIRETS[0], "Alpes Logiciels", 2025)))
                    .hasMessageContaining("MEMBER");
        }
        assertThat(Files.exists(folder.resolve("filiere"))).isTrue();
    }

    @Test
    void shouldRefuseANonJdbcUrlWithAClearMessage() {
        assertThatThrownBy(() -> new DatabaseSettings("postgres://localhost/db", java.util.Optional.empty(),
                java.util.Optional.empty(), 5, true, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Map.of()))
                .hasMessage("filiere.db.url must be a JDBC URL, not 'postgres://localhost/db'");
    }

    @Test
    void shouldRefuseANonJtaDataSourceWithoutJta() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:derby:memory:x", java.util.Optional.empty(),
                java.util.Optional.empty(), 5, true, java.util.Optional.empty(),
                java.util.Optional.of("jdbc/filiere-nontx"), java.util.Map.of()))
                .hasMessageContaining("filiere.db.non-jta-data-source is only read with filiere.db.jta-data-source");
    }

    @Test
    void shouldPassPrefixedSettingsToTheJpaProvider() {
        TestDatabase db = TestDatabase.derby();
        try (FiliereContainer filiere = FiliereContainer.start(db, Map.of("filiere.jpa.eclipselink.jdbc.batch-writing.size",
                "7"))) {
            assertThat(filiere.get(DatabaseSettings.class).jpaProperties())
                    .containsEntry("eclipselink.jdbc.batch-writing.size", "7");
            assertThat(filiere.get(Storage.class).entityManagerFactory().getProperties())
                    .containsEntry("eclipselink.jdbc.batch-writing.size", "7");
        }
    }
}
