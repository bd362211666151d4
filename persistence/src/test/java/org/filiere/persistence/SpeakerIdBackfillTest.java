package org.filiere.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;
import static org.filiere.fixtures.TrainingFixtures.aCybersecurityCourse;
import static org.filiere.fixtures.TrainingFixtures.aDayOn;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.filiere.access.Actor;
import org.filiere.member.ContactId;
import org.filiere.member.ContactPerson;
import org.filiere.member.MemberId;
import org.filiere.member.application.ContactService;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.event.EventClock;
import org.filiere.training.Speaker;
import org.filiere.training.SpeakerId;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.TrainingCommands.AddCourse;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migration that gives speakers their id, on speakers stored when they had only a name: a member's employee
 * whose name is that of exactly one of the member's contact persons becomes that contact; one whose name two
 * contacts share, one no contact matches and an outside expert keep no id; running the migrations again changes
 * nothing.
 */
class SpeakerIdBackfillTest {

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
    void shouldMatchOnlySpeakersWhoseNameIsThatOfExactlyOneContactOfTheirEmployer(TestDatabase database)
            throws SQLException {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            MemberId member = memberships.apply(anApplication("30206838200050", "Alpes Logiciels", 2025));
            memberships.admit(new AdmitMember(staff, member, 2025));
            ContactService contacts = filiere.get(ContactService.class);
            ContactId marc = contacts.add(staff, member, "Marc Blanc", "CTO", "marc@alpes.example.fr", "");
            contacts.add(staff, member, "Léa Martin", "CEO", "lea@alpes.example.fr", "");
            contacts.add(staff, member, "Léa Martin", "Sales", "l.martin@alpes.example.fr", "");
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            catalogue.schedule(new ScheduleSession(staff, catalogue.addCourse(new AddCourse(staff,
                    aCybersecurityCourse())), aDayOn(LocalDate.of(2025, 3, 14),
                            Speaker.employeeOf(member, "MARC BLANC", "Alpes Logiciels", ""),
                            Speaker.employeeOf(member, "Léa Martin", "Alpes Logiciels", ""),
                            Speaker.employeeOf(member, "Paul Roux", "Alpes Logiciels", ""),
                            Speaker.guest("Marc Blanc", "ANSSI", "")), 5, true));
            DataSource dataSource = filiere.get(Storage.class).dataSource();
            asBeforeSpeakersHadIds(dataSource);

            assertThat(Migrations.apply(dataSource, List.of(Migrations.LIBRARY_CHANGELOG)))
                    .isEqualTo(Migrations.Outcome.APPLIED);

            List<String> expected = Arrays.asList(SpeakerId.of(marc).toString(), null, null, null);
            assertThat(speakerIds(dataSource)).containsExactlyElementsOf(expected);
            assertThat(Migrations.apply(dataSource, List.of(Migrations.LIBRARY_CHANGELOG)))
                    .isEqualTo(Migrations.Outcome.UP_TO_DATE);
            assertThat(speakerIds(dataSource)).containsExactlyElementsOf(expected);
            assertThat(filiere.get(ContactService.class).ofMember(staff, member)).extracting(ContactPerson::name)
                    .hasSize(3);
        }
    }

    private static void asBeforeSpeakersHadIds(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DROP INDEX ix_training_speaker_id");
            s.executeUpdate("ALTER TABLE training_speaker DROP COLUMN speaker_id");
            s.executeUpdate("DELETE FROM databasechangelog WHERE id = 'training-003'");
            s.executeUpdate("DELETE FROM filiere_schema_fingerprint");
            c.commit();
        }
    }

    private static List<String> speakerIds(DataSource dataSource) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT speaker_id FROM training_speaker ORDER BY speaker_order")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            c.rollback();
        }
        return ids;
    }
}
