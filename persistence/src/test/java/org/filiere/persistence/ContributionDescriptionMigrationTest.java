package org.filiere.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.filiere.access.Actor;
import org.filiere.member.Contribution;
import org.filiere.member.ContributionKind;
import org.filiere.member.MemberId;
import org.filiere.member.application.ContributionService;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migration that takes the speaker's name out of the contribution days written for a speaker before they were
 * described by the session only: the name goes, the session's words stay, other contributions are left as they
 * are, and running the migrations again changes nothing.
 */
class ContributionDescriptionMigrationTest {

    private final Actor staff = aStaffMember();

    static Stream<TestDatabase> databases() {
        return Databases.derbyAndPostgres();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldTakeTheSpeakersNameOutOfTheDescriptionsWrittenBefore(TestDatabase database) throws SQLException {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            MemberId member = memberships.apply(anApplication("30206838200050", "Alpes Logiciels", 2025));
            memberships.admit(new AdmitMember(staff, member, 2025));
            ContributionService contributions = filiere.get(ContributionService.class);
            contributions.record(staff, member, LocalDate.of(2025, 3, 14), ContributionKind.TRAINING_SPEAKER,
                    BigDecimal.ONE, "Marc Blanc spoke at \"Cybersecurity for small businesses\" on 14 March 2025");
            contributions.record(staff, member, LocalDate.of(2025, 4, 2), ContributionKind.TRAINING_SPEAKER,
                    BigDecimal.ONE, "A speaker of the member at \"Réseaux\" on 2 April 2025");
            DataSource dataSource = filiere.get(Storage.class).dataSource();
            asBeforeTheMigration(dataSource);

            assertThat(Migrations.apply(dataSource, List.of(Migrations.LIBRARY_CHANGELOG)))
                    .isEqualTo(Migrations.Outcome.APPLIED);
            List<String> expected = List.of(
                    "A speaker of the member at \"Cybersecurity for small businesses\" on 14 March 2025",
                    "A speaker of the member at \"Réseaux\" on 2 April 2025");
            assertThat(descriptions(filiere, member)).containsExactlyElementsOf(expected);
            assertThat(Migrations.apply(dataSource, List.of(Migrations.LIBRARY_CHANGELOG)))
                    .isEqualTo(Migrations.Outcome.UP_TO_DATE);
            assertThat(descriptions(filiere, member)).containsExactlyElementsOf(expected);
        }
    }

    private static void asBeforeTheMigration(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                PreparedStatement forget = c.prepareStatement("DELETE FROM databasechangelog WHERE id LIKE ?")) {
            forget.setString(1, "member-002%");
            assertThat(forget.executeUpdate()).isEqualTo(1);
            s.executeUpdate("DELETE FROM filiere_schema_fingerprint");
            c.commit();
        }
    }

    private List<String> descriptions(FiliereContainer filiere, MemberId member) {
        return filiere.get(ContributionService.class).ofMember(member, 2025).stream()
                .sorted(java.util.Comparator.comparing(Contribution::on)).map(Contribution::description).toList();
    }
}
