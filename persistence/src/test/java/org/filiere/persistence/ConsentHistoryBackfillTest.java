package org.filiere.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.filiere.access.Actor;
import org.filiere.access.ActorId;
import org.filiere.directory.application.DirectoryCommands.ConsentToDirectory;
import org.filiere.directory.application.DirectoryCommands.WithdrawFromDirectory;
import org.filiere.directory.application.DirectoryService;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.event.EventClock;
import org.filiere.privacy.ConsentChange;
import org.filiere.privacy.ConsentMeans;
import org.filiere.privacy.ConsentPurpose;
import org.filiere.privacy.application.ConsentService;
import org.filiere.techwatch.application.SubscriberService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migration that writes the history of consents given before the history was kept: a letter subscription or a
 * directory consent whose holder has no history gets its giving, and its withdrawal when it was withdrawn, dated from
 * its own record and recorded by the system; a holder with a history of its own gets nothing; running it again adds
 * no row; and the history alone then says which consents are in force.
 */
class ConsentHistoryBackfillTest {

    private static final ActorId SYSTEM = ActorId.of("system:consent-history");
    private static final String SUBSCRIBED = "anne.roux@example.fr";
    private static final String UNSUBSCRIBED = "paul.girard@example.fr";
    private static final String RECENT = "chloe.morel@example.fr";
    private final Actor staff = aStaffMember();

    static Stream<TestDatabase> databases() {
        return Databases.derbyAndPostgres();
    }

    @BeforeEach
    void februaryFirst() {
        EventClock.CLOCK.setDay(LocalDate.of(2025, 2, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldGiveEachConsentKeptBeforeTheHistoryItsHistoryOnce(TestDatabase database) throws SQLException {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            MemberId listed = memberships.apply(anApplication("30206838200050", "Alpes Logiciels", 2025));
            MemberId left = memberships.apply(anApplication("31719324100013", "Capteurs du Dauphiné", 2025));
            memberships.admit(new AdmitMember(staff, listed, 2025));
            memberships.admit(new AdmitMember(staff, left, 2025));
            SubscriberService letter = filiere.get(SubscriberService.class);
            DirectoryService directory = filiere.get(DirectoryService.class);
            Instant given = EventClock.CLOCK.instant();
            letter.subscribe(staff, "Anne Roux", SUBSCRIBED);
            letter.subscribe(staff, "Paul Girard", UNSUBSCRIBED);
            directory.consent(new ConsentToDirectory(staff, listed, "Logiciels"));
            directory.consent(new ConsentToDirectory(staff, left, "Capteurs"));
            EventClock.CLOCK.advance(Duration.ofDays(3));
            Instant withdrawn = EventClock.CLOCK.instant();
            letter.unsubscribe(UNSUBSCRIBED);
            directory.withdraw(new WithdrawFromDirectory(staff, left));
            DataSource dataSource = filiere.get(Storage.class).dataSource();
            execute(dataSource, "DELETE FROM consent_change");
            EventClock.CLOCK.advance(Duration.ofDays(3));
            letter.subscribe(staff, "Chloé Morel", RECENT);
            execute(dataSource, "DELETE FROM databasechangelog WHERE id = 'privacy-002'",
                    "DELETE FROM filiere_schema_fingerprint");

            assertThat(Migrations.apply(dataSource, List.of(Migrations.LIBRARY_CHANGELOG)))
                    .isEqualTo(Migrations.Outcome.APPLIED);

            ConsentService consents = filiere.get(ConsentService.class);
            assertThat(consents.history(staff, SUBSCRIBED)).singleElement().satisfies(c -> {
                assertThat(c.purpose()).isEqualTo(ConsentPurpose.TECH_LETTER);
                assertThat(c.given()).isTrue();
                assertThat(c.at()).isEqualTo(given);
                assertThat(c.by()).contains(SYSTEM);
                assertThat(c.means()).isEqualTo(ConsentMeans.RECORDED_BEFORE_HISTORY);
            });
            assertThat(consents.history(staff, UNSUBSCRIBED)).extracting(ConsentChange::given, ConsentChange::at)
                    .containsExactlyInAnyOrder(tuple(true, given), tuple(false, withdrawn));
            assertThat(consents.history(staff, RECENT)).singleElement()
                    .satisfies(c -> assertThat(c.means()).isEqualTo(ConsentMeans.RECORDED_BY_STAFF));
            assertThat(consents.history(staff, listed.value())).singleElement().satisfies(c -> {
                assertThat(c.purpose()).isEqualTo(ConsentPurpose.PUBLIC_DIRECTORY);
                assertThat(c.at()).isEqualTo(given);
                assertThat(c.means()).isEqualTo(ConsentMeans.RECORDED_BEFORE_HISTORY);
            });
            assertThat(consents.history(staff, left.value())).extracting(ConsentChange::given)
                    .containsExactlyInAnyOrder(true, false);
            assertThat(consents.isGiven(staff, ConsentPurpose.TECH_LETTER, SUBSCRIBED)).isTrue();
            assertThat(consents.isGiven(staff, ConsentPurpose.TECH_LETTER, UNSUBSCRIBED)).isFalse();
            assertThat(consents.isGiven(staff, ConsentPurpose.PUBLIC_DIRECTORY, listed.value())).isTrue();
            assertThat(consents.isGiven(staff, ConsentPurpose.PUBLIC_DIRECTORY, left.value())).isFalse();
            assertThat(count(dataSource)).isEqualTo(7);

            execute(dataSource, "DELETE FROM databasechangelog WHERE id = 'privacy-002'",
                    "DELETE FROM filiere_schema_fingerprint");
            assertThat(Migrations.apply(dataSource, List.of(Migrations.LIBRARY_CHANGELOG)))
                    .isEqualTo(Migrations.Outcome.APPLIED);

            assertThat(count(dataSource)).as("after running the backfill again").isEqualTo(7);
            assertThat(consents.history(staff, SUBSCRIBED)).hasSize(1);
            assertThat(consents.counts(staff, ConsentPurpose.TECH_LETTER).withdrawn()).isEqualTo(1);
        }
    }

    private static void execute(DataSource dataSource, String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
            c.commit();
        }
    }

    private static long count(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM consent_change")) {
            rows.next();
            long count = rows.getLong(1);
            c.rollback();
            return count;
        }
    }
}
