package org.filiere.persistence.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.filiere.fixtures.Fixtures.aStaffMember;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.filiere.access.Actor;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.SqlStatements;
import org.filiere.persistence.SqlStatements.Counted;
import org.filiere.persistence.TestDatabase;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerType;
import org.filiere.programme.application.PartnerService;
import org.filiere.programme.application.ProgrammeCommands.LaunchProgramme;
import org.filiere.programme.application.ProgrammeCommands.RegisterPartner;
import org.filiere.programme.application.ProgrammeFigures;
import org.filiere.programme.application.ProgrammeService;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The figures of a year's programmes, each with its partner's name, read in a fixed number of queries. */
class ProgrammeFiguresQueriesTest {

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private final LocalDate today = LocalDate.now(CoreProducers.ASSOCIATION_ZONE);
    private final Actor staff = aStaffMember();

    private void launch(FiliereContainer filiere, int number) {
        ProgrammeService programmes = filiere.get(ProgrammeService.class);
        PartnerId partner = filiere.get(PartnerService.class).register(new RegisterPartner(staff, "Partner " + number,
                PartnerType.CLUSTER, new PartnerContact("Contact " + number, "", "")));
        programmes.launch(new LaunchProgramme(staff, partner, "Programme " + number, today, today.plusDays(90), 10,
                programmes.eligibility("anyone")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldReadTheFiguresOfFiveProgrammesInAsManyQueriesAsOne(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, SqlStatements.SETTINGS)) {
            ProgrammeService programmes = filiere.get(ProgrammeService.class);
            launch(filiere, 1);
            Counted<List<ProgrammeFigures>> one = SqlStatements.counted(() -> programmes.figures(today.getYear()));
            IntStream.rangeClosed(2, 5).forEach(n -> launch(filiere, n));
            Counted<List<ProgrammeFigures>> five = SqlStatements.counted(() -> programmes.figures(today.getYear()));

            assertThat(one.result()).extracting(ProgrammeFigures::partner).containsExactly("Partner 1");
            assertThat(five.result()).extracting(ProgrammeFigures::title, ProgrammeFigures::partner)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 5)
                            .mapToObj(i -> tuple("Programme " + i, "Partner " + i)).toList());
            assertThat(five.statements()).as("statements for five programmes").isEqualTo(one.statements());
        }
    }
}
