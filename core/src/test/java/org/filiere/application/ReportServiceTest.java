package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.fixtures.InMemoryIndicatorTargets;
import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.RecordedEvents;
import org.filiere.kernel.StaleDataException;
import org.filiere.report.ActivityReport;
import org.filiere.report.Comparison;
import org.filiere.report.Figure;
import org.filiere.report.FigureTable;
import org.filiere.report.IndicatorResult;
import org.filiere.report.IndicatorTarget;
import org.filiere.report.IndicatorTargetChanged;
import org.filiere.report.IndicatorTargetId;
import org.filiere.report.IndicatorTargetRefusedException;
import org.filiere.report.MembersSection;
import org.filiere.report.SectionDefinition;
import org.filiere.report.SectionFigures;
import org.filiere.report.TrainingSection;
import org.filiere.report.YearFigures;
import org.filiere.report.application.ReportCommands.ChangeIndicatorTarget;
import org.filiere.report.application.ReportCommands.RemoveIndicatorTarget;
import org.filiere.report.application.ReportCommands.SetIndicatorTarget;
import org.filiere.report.application.ReportService;
import org.junit.jupiter.api.Test;

/** The report put together from its sections' figures, and the indicator targets held against them. */
class ReportServiceTest {

    /** A section whose figures are given by the test, year by year. */
    private static final class GivenSection implements SectionFigures {

        private final SectionDefinition definition;
        private final Map<Integer, YearFigures> years = new HashMap<>();

        GivenSection(SectionDefinition definition) {
            this.definition = definition;
        }

        YearFigures year(int year) {
            return years.computeIfAbsent(year, YearFigures::new);
        }

        @Override
        public SectionDefinition definition() {
            return definition;
        }

        @Override
        public YearFigures of(int year) {
            return years.getOrDefault(year, new YearFigures(year));
        }
    }

    private final GivenSection members = new GivenSection(MembersSection.definition());
    private final GivenSection training = new GivenSection(TrainingSection.definition());
    private final RecordedEvents events = new RecordedEvents();
    private final InMemoryIndicatorTargets targets = new InMemoryIndicatorTargets();
    private final ReportService reports = new ReportService(List.of(training, members), targets, events,
            new MutableClock(LocalDate.of(2026, 2, 15)));
    private final Actor staff = aStaffMember();

    private void set(String figure, Comparison comparison, String threshold) {
        reports.setTarget(new SetIndicatorTarget(staff, "Région Auvergne-Rhône-Alpes", "Convention 2025-2027", figure,
                2025, comparison, new BigDecimal(threshold)));
    }

    @Test
    void shouldGiveEachFigureForTheYearAndTheYearBeforeWithTheChange() {
        members.year(2025).put(MembersSection.ACTIVE, 152).put(MembersSection.SME_SHARE, new BigDecimal("91.4"));
        members.year(2024).put(MembersSection.ACTIVE, 128).put(MembersSection.SME_SHARE, new BigDecimal("93"));

        ActivityReport report = reports.build(staff, 2025);

        Figure active = report.figure(MembersSection.ACTIVE).orElseThrow();
        assertThat(active.label()).isEqualTo("Adhérents");
        assertThat(active.value()).contains(new BigDecimal("152"));
        assertThat(active.previous()).contains(new BigDecimal("128"));
        assertThat(active.change()).contains(new BigDecimal("24"));
        assertThat(report.figure(MembersSection.SME_SHARE).orElseThrow().change()).contains(new BigDecimal("-1.6"));
        assertThat(report.figure(MembersSection.GROWTH).orElseThrow().value()).isEmpty();
        assertThat(report.sections()).extracting(s -> s.key()).containsExactly("members", "training");
        assertThat(report.empty()).isFalse();
    }

    @Test
    void shouldJoinTableRowsOfBothYearsAndNameThemFromTheBundle() {
        members.year(2025).row(MembersSection.BY_SIZE, "11", "10-19 employees", 40)
                .row(MembersSection.BY_SIZE, "32", "250-499 employees", 3);
        members.year(2024).row(MembersSection.BY_SIZE, "11", "10-19 employees", 35)
                .row(MembersSection.BY_SIZE, "01", "1-2 employees", 9);

        FigureTable bySize = reports.build(staff, 2025).table(MembersSection.BY_SIZE).orElseThrow();

        assertThat(bySize.rows()).extracting(Figure::key, Figure::label, Figure::value, Figure::previous)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("members.by_size.11", "10 à 19 salariés",
                                Optional.of(new BigDecimal("40")), Optional.of(new BigDecimal("35"))),
                        org.assertj.core.groups.Tuple.tuple("members.by_size.32", "250 à 499 salariés",
                                Optional.of(new BigDecimal("3")), Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple("members.by_size.01", "1 à 2 salariés",
                                Optional.empty(), Optional.of(new BigDecimal("9"))));
    }

    @Test
    void shouldSpeakEnglishWhenAsked() {
        ActivityReport report = reports.build(staff, 2025, Locale.ENGLISH);

        assertThat(report.sections().get(0).title()).isEqualTo("Members");
        assertThat(report.figure(TrainingSection.FILL_RATE).orElseThrow().label()).isEqualTo("Fill rate");
        assertThat(report.figure(TrainingSection.FILL_RATE).orElseThrow().definition())
                .startsWith("Confirmed registrations per hundred seats");
    }

    @Test
    void shouldSayWhichTargetsWereMet() {
        members.year(2025).put(MembersSection.ACTIVE, 152).put(MembersSection.SME_SHARE, new BigDecimal("58.5"));
        set(MembersSection.ACTIVE, Comparison.AT_LEAST, "140");
        set(MembersSection.SME_SHARE, Comparison.AT_LEAST, "60");
        set(TrainingSection.SESSIONS_HELD, Comparison.AT_LEAST, "20");

        List<IndicatorResult> indicators = reports.build(staff, 2025).indicators();

        assertThat(indicators).extracting(i -> i.target().figureKey(), IndicatorResult::met).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MembersSection.ACTIVE, true),
                org.assertj.core.groups.Tuple.tuple(MembersSection.SME_SHARE, false),
                org.assertj.core.groups.Tuple.tuple(TrainingSection.SESSIONS_HELD, false));
        assertThat(indicators.get(2).value()).isEmpty();
        assertThat(events.ofType(IndicatorTargetChanged.class)).hasSize(3);
    }

    @Test
    void shouldSayAYearWithoutActivityIsEmptyRatherThanFail() {
        members.year(2024).put(MembersSection.ACTIVE, 128);
        set(MembersSection.ACTIVE, Comparison.AT_LEAST, "140");

        ActivityReport report = reports.build(staff, 2025);

        assertThat(report.empty()).isTrue();
        assertThat(report.figure(MembersSection.ACTIVE).orElseThrow().previous()).contains(new BigDecimal("128"));
        assertThat(report.indicators()).singleElement().satisfies(i -> assertThat(i.met()).isFalse());
    }

    @Test
    void shouldRefuseATargetOnAFigureTheReportDoesNotHave() {
        assertThatThrownBy(() -> set("events.held", Comparison.AT_LEAST, "10"))
                .isInstanceOf(IndicatorTargetRefusedException.class)
                .hasMessage("Indicator target on events.held for 2025: its figure is not one of the report's figures");
        assertThatThrownBy(() -> set(MembersSection.BY_SECTOR, Comparison.AT_LEAST, "10"))
                .hasMessageContaining("its figure is a table; a target is set on a single figure");
    }

    @Test
    void shouldRefuseASecondTargetOfAFunderOnTheSameFigureAndYear() {
        set(MembersSection.ACTIVE, Comparison.AT_LEAST, "140");

        assertThatThrownBy(() -> set(MembersSection.ACTIVE, Comparison.AT_LEAST, "150"))
                .isInstanceOf(IndicatorTargetRefusedException.class)
                .hasMessageContaining("already has a target on this figure for 2025; change that one instead");
    }

    @Test
    void shouldChangeATargetReadAtItsVersionAndRefuseAStaleOne() {
        set(MembersSection.ACTIVE, Comparison.AT_LEAST, "140");
        IndicatorTarget stored = targets.ofYear(2025).get(0);

        reports.changeTarget(new ChangeIndicatorTarget(staff, stored.id(), stored.version(), Comparison.AT_LEAST,
                new BigDecimal("145")));

        assertThat(targets.get(stored.id()).threshold()).isEqualByComparingTo("145");
        assertThatThrownBy(() -> reports.removeTarget(new RemoveIndicatorTarget(staff, stored.id(), stored.version())))
                .isInstanceOf(StaleDataException.class);
        IndicatorTargetId id = stored.id();
        reports.removeTarget(new RemoveIndicatorTarget(staff, id, targets.get(id).version()));
        assertThat(targets.ofYear(2025)).isEmpty();
    }

    @Test
    void shouldLetOnlyStaffBuildTheReport() {
        assertThatThrownBy(() -> reports.build(Actor.representativeOf("302068382", "paul-roux", "Paul Roux"), 2025))
                .isInstanceOf(AccessRefusedException.class);
    }
}
