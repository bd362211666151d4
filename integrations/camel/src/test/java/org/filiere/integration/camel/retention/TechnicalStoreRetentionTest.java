package org.filiere.integration.camel.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.filiere.integration.camel.deadletter.DeadLetterId;
import org.filiere.integration.camel.deadletter.DeadLetterStore;
import org.filiere.integration.camel.deadletter.NewDeadLetter;
import org.filiere.integration.camel.idempotency.IdempotentRepositories;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.Storage;
import org.filiere.persistence.TestDatabase;
import org.filiere.privacy.RetentionReport;
import org.filiere.privacy.application.RetentionJob;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The retention job purges dead letters and processed-item keys older than their configured periods, and nothing
 * younger, on every database the library runs on.
 */
class TechnicalStoreRetentionTest {

    private static final Map<String, String> NO_SCHEDULE = Map.of("filiere.integration.retention.enabled", "false");

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldPurgeDeadLettersAndProcessedItemsOlderThanTheirUsualPeriods(TestDatabase database) throws SQLException {
        try (FiliereContainer filiere = FiliereContainer.start(database, NO_SCHEDULE)) {
            DeadLetterStore letters = filiere.get(DeadLetterStore.class);
            DeadLetterId old = letters.store(letter("old", daysAgo(91)));
            DeadLetterId retrying = letters.store(letter("retrying", daysAgo(200)));
            letters.claim(retrying, 1);
            DeadLetterId recent = letters.store(letter("recent", daysAgo(89)));
            IdempotentRepositories repositories = filiere.get(IdempotentRepositories.class);
            processed(filiere, "tender-items", "OLD-1", daysAgo(366));
            processed(filiere, "partner-files", "OLD-2", daysAgo(400));
            processed(filiere, "tender-items", "NEW-1", daysAgo(364));

            RetentionReport report = filiere.get(RetentionJob.class).run();

            assertThat(report.affected()).containsEntry("dead letters", 1).containsEntry("processed items", 2);
            assertThat(letters.find(old)).isEmpty();
            assertThat(letters.find(retrying)).as("a letter being retried").isPresent();
            assertThat(letters.find(recent)).isPresent();
            assertThat(keys(filiere)).containsExactly("tender-items/NEW-1");
            assertThat(repositories.named("tender-items").contains("OLD-1")).isFalse();
            assertThat(repositories.named("tender-items").contains("NEW-1")).isTrue();

            RetentionReport again = filiere.get(RetentionJob.class).run();
            assertThat(again.affected()).containsEntry("dead letters", 0).containsEntry("processed items", 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldPurgeAfterTheConfiguredPeriods(TestDatabase database) throws SQLException {
        Map<String, String> settings = Map.of("filiere.integration.retention.enabled", "false",
                "filiere.retention.dead-letters", "P7D", "filiere.retention.processed-items", "P30D");
        try (FiliereContainer filiere = FiliereContainer.start(database, settings)) {
            DeadLetterStore letters = filiere.get(DeadLetterStore.class);
            DeadLetterId eightDays = letters.store(letter("eight days", daysAgo(8)));
            DeadLetterId sixDays = letters.store(letter("six days", daysAgo(6)));
            processed(filiere, "tender-items", "31-DAYS", daysAgo(31));
            processed(filiere, "tender-items", "29-DAYS", daysAgo(29));

            RetentionReport report = filiere.get(RetentionJob.class).run();

            assertThat(report.affected()).containsEntry("dead letters", 1).containsEntry("processed items", 1);
            assertThat(letters.find(eightDays)).isEmpty();
            assertThat(letters.find(sixDays)).isPresent();
            assertThat(keys(filiere)).containsExactly("tender-items/29-DAYS");
        }
    }

    private static Instant daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days));
    }

    private static NewDeadLetter letter(String key, Instant failedAt) {
        return new NewDeadLetter("tender-feed", Optional.of(key), "{\"buyer\":\"Jeanne Martin\"}", Map.of(),
                "Record " + key + ": the field 'date' is not a date", "IllegalArgumentException", Optional.empty(),
                failedAt);
    }

    private static void processed(FiliereContainer filiere, String repository, String key, Instant at)
            throws SQLException {
        try (Connection c = filiere.get(Storage.class).dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO processed_item (repository, item_key, processed_at) VALUES (?, ?, ?)")) {
            s.setString(1, repository);
            s.setString(2, key);
            s.setTimestamp(3, Timestamp.from(at));
            s.executeUpdate();
            c.commit();
        }
    }

    private static List<String> keys(FiliereContainer filiere) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (Connection c = filiere.get(Storage.class).dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT repository, item_key FROM processed_item ORDER BY repository, item_key");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                keys.add(rs.getString(1) + "/" + rs.getString(2));
            }
            c.commit();
        }
        return keys;
    }
}
