package org.filiere.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.TrainingFixtures.aCybersecurityCourse;
import static org.filiere.fixtures.TrainingFixtures.aDayOn;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.filiere.access.Actor;
import org.filiere.training.CourseId;
import org.filiere.training.SessionId;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.RegistrationOutcome;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.TrainingCommands.AddCourse;
import org.filiere.training.application.TrainingCommands.CancelRegistration;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migration that gives each session row the counts of its confirmed and waitlisted registrations: a database
 * whose sessions had registrations before gets their counts from them (cancelled ones left out), and running the
 * migrations again changes nothing.
 */
class SessionCountsMigrationTest {

    private static final LocalDate DAY = LocalDate.now().plusMonths(3);
    private final Actor staff = aStaffMember();

    static Stream<TestDatabase> databases() {
        return Databases.derbyAndPostgres();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCountTheRegistrationsStoredBefore(TestDatabase database) throws SQLException {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            RegistrationService registrations = filiere.get(RegistrationService.class);
            CourseId course = catalogue.addCourse(new AddCourse(staff, aCybersecurityCourse()));
            SessionId busy = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY), 2, true));
            SessionId empty = catalogue.schedule(new ScheduleSession(staff, course, aDayOn(DAY.plusDays(1)), 5, true));
            RegistrationOutcome first = registrations.register(new Register(staff, busy, anOutsider(1)));
            for (int i = 2; i <= 5; i++) {
                registrations.register(new Register(staff, busy, anOutsider(i)));
            }
            registrations.cancel(new CancelRegistration(staff, busy, first.registrationId()));
            DataSource dataSource = filiere.get(Storage.class).dataSource();
            asBeforeTheMigration(dataSource);

            assertThat(Migrations.apply(dataSource, List.of(Migrations.LIBRARY_CHANGELOG)))
                    .isEqualTo(Migrations.Outcome.APPLIED);
            assertThat(counts(dataSource, busy)).containsExactly(2, 2);
            assertThat(counts(dataSource, empty)).containsExactly(0, 0);
            assertThat(Migrations.apply(dataSource, List.of(Migrations.LIBRARY_CHANGELOG)))
                    .isEqualTo(Migrations.Outcome.UP_TO_DATE);
            assertThat(counts(dataSource, busy)).containsExactly(2, 2);
        }
    }

    private static void asBeforeTheMigration(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                PreparedStatement forget = c.prepareStatement("DELETE FROM databasechangelog WHERE id = ?")) {
            s.executeUpdate("ALTER TABLE training_session DROP COLUMN confirmed_count");
            s.executeUpdate("ALTER TABLE training_session DROP COLUMN waitlisted_count");
            forget.setString(1, "training-005");
            assertThat(forget.executeUpdate()).isEqualTo(1);
            s.executeUpdate("DELETE FROM filiere_schema_fingerprint");
            c.commit();
        }
    }

    private static List<Integer> counts(DataSource dataSource, SessionId session) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement read = c.prepareStatement(
                "SELECT confirmed_count, waitlisted_count FROM training_session WHERE id = ?")) {
            read.setString(1, session.toString());
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                return List.of(row.getInt(1), row.getInt(2));
            }
        }
    }
}
