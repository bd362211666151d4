package org.filiere.persistence.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.report.ActivityReport;
import org.filiere.report.Comparison;
import org.filiere.report.EngagementSection;
import org.filiere.report.EventsSection;
import org.filiere.report.Figure;
import org.filiere.report.FundingSection;
import org.filiere.report.IndicatorResult;
import org.filiere.report.MembersSection;
import org.filiere.report.ProgrammesSection;
import org.filiere.report.ProjectsSection;
import org.filiere.report.TrainingSection;
import org.filiere.report.WatchSection;
import org.filiere.report.application.ReportCommands.SetIndicatorTarget;
import org.filiere.report.application.ReportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every figure of the 2025 report of {@link ReportData}'s small association, each worked out by hand from the data
 * (2025, then 2024 in brackets), on embedded Derby and on PostgreSQL when one is configured.
 */
class ReportFiguresTest {

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    /** Only software publishing is a target sector here, so that the share differs from the sector table. */
    static final Map<String, String> SETTINGS = Map.of("filiere.report.target-sectors", "software-publishing");

    /** The report of each database, built once: writing the association takes a while. */
    private static final Map<String, ActivityReport> REPORTS = new ConcurrentHashMap<>();

    private static ActivityReport report2025(TestDatabase database) {
        ActivityReport known = REPORTS.get(database.name());
        if (known != null) {
            database.cleanup().run();
            return known;
        }
        try (FiliereContainer filiere = FiliereContainer.start(database, SETTINGS, ReportClock.class)) {
            ReportData.writeInto(filiere);
            ReportService reports = filiere.get(ReportService.class);
            target(reports, MembersSection.ACTIVE, "4");
            target(reports, MembersSection.SME_SHARE, "80");
            target(reports, EngagementSection.DAYS_PER_MEMBER, "1.3");
            target(reports, TrainingSection.SESSIONS_HELD, "20");
            ActivityReport report = reports.build(ReportData.STAFF, 2025);
            REPORTS.put(database.name(), report);
            return report;
        }
    }

    private static void target(ReportService reports, String figure, String threshold) {
        reports.setTarget(new SetIndicatorTarget(ReportData.STAFF, "Région Auvergne-Rhône-Alpes", "Convention 2025",
                figure, 2025, Comparison.AT_LEAST, new BigDecimal(threshold)));
    }

    /** A figure's 2025 and 2024 values as written in the report ("-" when it has none). */
    private static List<String> values(ActivityReport report, String key) {
        Figure figure = report.figures().stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + key));
        return List.of(written(figure.value()), written(figure.previous()));
    }

    private static String written(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCountTheMembersTheirMovesSectorsSizesAndPlaces(TestDatabase database) {
        ActivityReport r = report2025(database);

        assertThat(values(r, MembersSection.ACTIVE)).containsExactly("4", "4");
        assertThat(values(r, MembersSection.PAID)).containsExactly("3", "3");
        assertThat(values(r, MembersSection.JOINS)).containsExactly("2", "4");
        assertThat(values(r, MembersSection.LAPSES)).containsExactly("1", "0");
        assertThat(values(r, MembersSection.RESIGNATIONS)).containsExactly("1", "0");
        assertThat(values(r, MembersSection.GROWTH)).containsExactly("0.0", "-");
        assertThat(values(r, MembersSection.SME_SHARE)).containsExactly("75.0", "75.0");
        assertThat(values(r, MembersSection.TARGET_SECTOR_SHARE)).containsExactly("50.0", "25.0");
        assertThat(r.table(MembersSection.BY_SECTOR).orElseThrow().rows())
                .filteredOn(f -> f.value().orElse(BigDecimal.ZERO).signum() > 0
                        || f.previous().orElse(BigDecimal.ZERO).signum() > 0)
                .extracting(Figure::key, f -> written(f.value()), f -> written(f.previous()))
                .containsExactly(tuple("members.by_sector.business-services", "0", "1"),
                        tuple("members.by_sector.it-services", "1", "2"),
                        tuple("members.by_sector.software-publishing", "2", "1"),
                        tuple("members.by_sector.other", "1", "0"));
        assertThat(r.table(MembersSection.BY_SIZE).orElseThrow().rows())
                .extracting(Figure::key, f -> written(f.value()), f -> written(f.previous()))
                .containsExactly(tuple("members.by_size.02", "1", "-"), tuple("members.by_size.11", "1", "1"),
                        tuple("members.by_size.21", "1", "-"), tuple("members.by_size.32", "1", "1"),
                        tuple("members.by_size.01", "-", "1"), tuple("members.by_size.12", "-", "1"));
        assertThat(r.table(MembersSection.BY_DEPARTMENT).orElseThrow().rows())
                .extracting(Figure::label, f -> written(f.value()), f -> written(f.previous()))
                .containsExactly(tuple("38", "4", "3"), tuple("69", "-", "1"));
        assertThat(r.table(MembersSection.BY_COMMUNE).orElseThrow().rows())
                .extracting(Figure::label, f -> written(f.value()), f -> written(f.previous()))
                .containsExactly(tuple("Grenoble", "2", "2"), tuple("Meylan", "1", "1"), tuple("Voiron", "1", "-"),
                        tuple("Lyon", "-", "1"));
        assertThat(r.empty()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCountSignaturesInForceOnTheLastDayAndTheDaysMembersGave(TestDatabase database) {
        ActivityReport r = report2025(database);

        assertThat(values(r, EngagementSection.SIGNATORIES)).containsExactly("2", "3");
        assertThat(values(r, EngagementSection.SIGNATURE_RATE)).containsExactly("66.7", "100.0");
        assertThat(values(r, EngagementSection.CONTRIBUTION_DAYS)).containsExactly("5.0", "3.0");
        assertThat(values(r, EngagementSection.CONTRIBUTORS)).containsExactly("3", "2");
        assertThat(values(r, EngagementSection.DAYS_PER_MEMBER)).containsExactly("1.3", "0.8");
        assertThat(r.table(EngagementSection.BY_KIND).orElseThrow().rows())
                .extracting(Figure::key, f -> written(f.value()), f -> written(f.previous()))
                .containsExactly(tuple("contributions.by_kind.COMMITTEE_SEAT", "3.0", "-"),
                        tuple("contributions.by_kind.WORKING_GROUP", "2.0", "-"),
                        tuple("contributions.by_kind.TRAINING_SPEAKER", "-", "2.0"),
                        tuple("contributions.by_kind.EVENT_HOST", "-", "1.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCountTrainingOverTheSessionsHeldThatStartedInTheYear(TestDatabase database) {
        ActivityReport r = report2025(database);

        assertThat(values(r, TrainingSection.SESSIONS_HELD)).containsExactly("2", "1");
        assertThat(values(r, TrainingSection.SEATS)).containsExactly("15", "8");
        assertThat(values(r, TrainingSection.CONFIRMED)).containsExactly("5", "2");
        assertThat(values(r, TrainingSection.TRAINEES)).containsExactly("3", "1");
        assertThat(values(r, TrainingSection.ATTENDANCES)).containsExactly("4", "1");
        assertThat(values(r, TrainingSection.TRAINEE_HOURS)).containsExactly("21.0", "7.0");
        assertThat(values(r, TrainingSection.FILL_RATE)).containsExactly("33.3", "25.0");
        assertThat(values(r, TrainingSection.ATTENDANCE_RATE)).containsExactly("80.0", "50.0");
        assertThat(values(r, TrainingSection.SATISFACTION)).containsExactly("4.00", "4.00");
        assertThat(values(r, TrainingSection.SATISFACTION_ANSWERS)).containsExactly("3", "1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCountEventsHeldTheirRegistrantsAndTheSpeedMeetingsArranged(TestDatabase database) {
        ActivityReport r = report2025(database);
        assertThat(values(r, EventsSection.HELD)).containsExactly("2", "1");
        assertThat(values(r, EventsSection.THEMATIC_MEETINGS)).containsExactly("1", "1");
        assertThat(values(r, EventsSection.SPEED_MEETINGS)).containsExactly("1", "0");
        assertThat(values(r, EventsSection.REGISTRANTS)).containsExactly("6", "2");
        assertThat(values(r, EventsSection.MEMBER_REGISTRANTS)).containsExactly("3", "1");
        assertThat(values(r, EventsSection.NON_MEMBER_REGISTRANTS)).containsExactly("3", "1");
        assertThat(values(r, EventsSection.MEMBER_SHARE)).containsExactly("50.0", "50.0");
        assertThat(values(r, EventsSection.ATTENDANCE_RATE)).containsExactly("83.3", "50.0");
        assertThat(values(r, EventsSection.SATISFACTION)).containsExactly("3.50", "4.00");
        assertThat(values(r, EventsSection.SATISFACTION_ANSWERS)).containsExactly("4", "1");
        assertThat(values(r, EventsSection.SPEED_PARTICIPANTS)).containsExactly("3", "0");
        assertThat(values(r, EventsSection.SPEED_MEETINGS_HELD)).containsExactly("2", "0");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCountProjectsProgrammesAndTheWatchByTheirDaysInTheYear(TestDatabase database) {
        ActivityReport r = report2025(database);

        assertThat(values(r, ProjectsSection.PROPOSALS)).containsExactly("3", "1");
        assertThat(values(r, ProjectsSection.PROPOSALS_BUDGET)).containsExactly("140000.50", "100000.00");
        assertThat(values(r, ProjectsSection.PROPOSALS_SUPPORT)).containsExactly("55000.00", "40000.00");
        assertThat(values(r, ProjectsSection.LABELLED)).containsExactly("2", "0");
        assertThat(values(r, ProjectsSection.LABELLED_BUDGET)).containsExactly("180000.50", "0.00");
        assertThat(values(r, ProjectsSection.LABELLED_SUPPORT)).containsExactly("70000.00", "0.00");
        assertThat(values(r, ProjectsSection.REJECTED)).containsExactly("1", "0");
        assertThat(values(r, ProjectsSection.EXPERIMENTATION)).containsExactly("2", "0");
        assertThat(values(r, ProjectsSection.PROTOTYPING)).containsExactly("2", "0");
        assertThat(values(r, ProjectsSection.COMPLETED)).containsExactly("1", "0");

        assertThat(values(r, ProgrammesSection.RUNNING)).containsExactly("2", "1");
        assertThat(values(r, ProgrammesSection.PLACES)).containsExactly("15", "10");
        assertThat(values(r, ProgrammesSection.APPLICATIONS)).containsExactly("4", "1");
        assertThat(values(r, ProgrammesSection.ACCEPTED)).containsExactly("1", "0");
        assertThat(values(r, ProgrammesSection.COMPLETED)).containsExactly("1", "1");
        assertThat(values(r, ProgrammesSection.REFUSED)).containsExactly("1", "0");
        assertThat(values(r, ProgrammesSection.PENDING)).containsExactly("1", "0");
        assertThat(values(r, ProgrammesSection.AGREEMENTS_IN_FORCE)).containsExactly("2", "2");
        assertThat(values(r, ProgrammesSection.AGREEMENTS_SIGNED)).containsExactly("1", "1");

        assertThat(values(r, WatchSection.TENDERS_RECEIVED)).containsExactly("2", "1");
        assertThat(values(r, WatchSection.TENDERS_RELAYED)).containsExactly("2", "1");
        assertThat(values(r, WatchSection.DIGESTS_SENT)).containsExactly("2", "1");
        assertThat(values(r, WatchSection.MEMBERS_REACHED)).containsExactly("2", "1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldAddTheDuesPaidToTheIncomeLines(TestDatabase database) {
        ActivityReport r = report2025(database);

        assertThat(values(r, FundingSection.DUES_INCOME)).containsExactly("2250.00", "2100.00");
        assertThat(values(r, FundingSection.INCOME_TOTAL)).containsExactly("99250.50", "2100.00");
        assertThat(values(r, FundingSection.PUBLIC_SHARE)).containsExactly("80.6", "0.0");
        assertThat(values(r, FundingSection.EXPENSES_TOTAL)).containsExactly("90000.00", "0.00");
        assertThat(values(r, FundingSection.BALANCE)).containsExactly("9250.50", "2100.00");
        assertThat(r.table(FundingSection.INCOME_BY_SOURCE).orElseThrow().rows())
                .extracting(Figure::label, f -> written(f.value()), f -> written(f.previous()))
                .containsExactly(tuple("Subventions publiques", "80000.00", "0.00"),
                        tuple("Cotisations", "2250.00", "2100.00"), tuple("Prestations", "12000.50", "0.00"),
                        tuple("Mécénat", "5000.00", "0.00"));
        assertThat(r.table(FundingSection.INCOME_BY_FUNDER).orElseThrow().rows())
                .extracting(Figure::label, f -> written(f.value()))
                .containsExactly(tuple("Région Auvergne-Rhône-Alpes", "60000.00"),
                        tuple("Grenoble-Alpes Métropole", "20000.00"), tuple("Stagiaires", "12000.50"),
                        tuple("Fondation Numérique", "5000.00"));
        assertThat(r.table(FundingSection.EXPENSES_BY_ACTIVITY).orElseThrow().rows())
                .extracting(Figure::label, f -> written(f.value()))
                .containsExactly(tuple("Formation", "9000.00"), tuple("Événements", "0.00"),
                        tuple("Projets", "0.00"), tuple("Veille", "0.00"), tuple("Équipe", "70000.00"),
                        tuple("Frais généraux", "11000.00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldHoldEachTargetAgainstItsFigure(TestDatabase database) {
        ActivityReport r = report2025(database);

        assertThat(r.indicators()).extracting(i -> i.target().figureKey(), i -> written(i.value()),
                IndicatorResult::met).containsExactly(
                        tuple(EngagementSection.DAYS_PER_MEMBER, "1.3", true),
                        tuple(MembersSection.ACTIVE, "4", true),
                        tuple(MembersSection.SME_SHARE, "75.0", false),
                        tuple(TrainingSection.SESSIONS_HELD, "2", false));
    }

    @Test
    void shouldGiveTheSameFiguresOnDerbyAndPostgresql() {
        Optional<TestDatabase> postgres = TestDatabase.postgres();
        if (postgres.isEmpty()) {
            System.out.println("ReportFiguresTest: Derby and PostgreSQL figures not compared: "
                    + TestDatabase.POSTGRES_URL + " names no PostgreSQL database");
        }
        assumeTrue(postgres.isPresent(), TestDatabase.POSTGRES_URL + " names no PostgreSQL database");
        List<Figure> onDerby = report2025(TestDatabase.derby()).figures();
        List<Figure> onPostgres = report2025(postgres.get()).figures();

        assertThat(onPostgres).hasSize(onDerby.size()).isEqualTo(onDerby);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldSayAYearWithoutActivityIsEmpty(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, SETTINGS, ReportClock.class)) {
            ActivityReport r = filiere.get(ReportService.class).build(ReportData.STAFF, 2025);

            assertThat(r.empty()).isTrue();
            assertThat(values(r, MembersSection.ACTIVE)).containsExactly("0", "0");
            assertThat(values(r, MembersSection.SME_SHARE)).containsExactly("-", "-");
            assertThat(values(r, EngagementSection.SIGNATURE_RATE)).containsExactly("-", "-");
            assertThat(values(r, FundingSection.PUBLIC_SHARE)).containsExactly("-", "-");
        }
    }
}
