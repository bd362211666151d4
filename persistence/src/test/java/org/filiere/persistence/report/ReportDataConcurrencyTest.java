package org.filiere.persistence.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.filiere.access.Actor;
import org.filiere.funding.IncomeLine;
import org.filiere.funding.IncomeLineId;
import org.filiere.funding.IncomeSource;
import org.filiere.funding.application.FundingCommands.CorrectIncome;
import org.filiere.funding.application.FundingCommands.RecordIncome;
import org.filiere.funding.application.FundingCommands.RemoveIncome;
import org.filiere.funding.application.FundingService;
import org.filiere.kernel.BusinessRefusal;
import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.report.Comparison;
import org.filiere.report.IndicatorTarget;
import org.filiere.report.IndicatorTargetRefusedException;
import org.filiere.report.MembersSection;
import org.filiere.report.application.ReportCommands.ChangeIndicatorTarget;
import org.filiere.report.application.ReportCommands.SetIndicatorTarget;
import org.filiere.report.application.ReportService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two staff members editing the report's data at the same moment: one wins, the other is told, nothing is lost. */
class ReportDataConcurrencyTest {

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private static final Actor CLAIRE = Actor.staff("claire-martin", "Claire Martin");
    private static final Actor PAUL = Actor.staff("paul-roux", "Paul Roux");

    /** Runs both tasks at once and returns what each did: "done" or the refusal's message. */
    private static List<String> atOnce(Task first, Task second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Task task : List.of(first, second)) {
                outcomes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        task.run();
                        return "done";
                    } catch (BusinessRefusal e) {
                        return e.getClass().getSimpleName() + ": " + e.getMessage();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @FunctionalInterface
    private interface Task {
        void run();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepOneTargetWhenTwoStaffSetTheSameAtOnce(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            ReportService reports = filiere.get(ReportService.class);
            List<String> results = atOnce(
                    () -> reports.setTarget(new SetIndicatorTarget(CLAIRE, "Région", "Convention", MembersSection.ACTIVE,
                            2025, Comparison.AT_LEAST, new BigDecimal("140"))),
                    () -> reports.setTarget(new SetIndicatorTarget(PAUL, "Région", "Convention", MembersSection.ACTIVE,
                            2025, Comparison.AT_LEAST, new BigDecimal("150"))));

            assertThat(results).containsOnlyOnce("done");
            assertThat(results).filteredOn(r -> !r.equals("done")).singleElement().asString()
                    .startsWith(IndicatorTargetRefusedException.class.getSimpleName())
                    .contains("already has a target on this figure for 2025");
            assertThat(reports.targets(CLAIRE, 2025)).singleElement()
                    .satisfies(t -> assertThat(t.threshold()).isIn(new BigDecimal("140.00"), new BigDecimal("150.00")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRefuseTheSecondOfTwoChangesToATargetReadAtTheSameVersion(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            ReportService reports = filiere.get(ReportService.class);
            reports.setTarget(new SetIndicatorTarget(CLAIRE, "Région", "Convention", MembersSection.SME_SHARE, 2025,
                    Comparison.AT_LEAST, new BigDecimal("60")));
            IndicatorTarget read = reports.targets(CLAIRE, 2025).get(0);

            List<String> results = atOnce(
                    () -> reports.changeTarget(new ChangeIndicatorTarget(CLAIRE, read.id(), read.version(),
                            Comparison.AT_LEAST, new BigDecimal("65"))),
                    () -> reports.changeTarget(new ChangeIndicatorTarget(PAUL, read.id(), read.version(),
                            Comparison.AT_LEAST, new BigDecimal("55"))));

            assertThat(results).containsOnlyOnce("done");
            assertThat(results).filteredOn(r -> !r.equals("done")).singleElement().asString()
                    .startsWith(StaleDataException.class.getSimpleName())
                    .contains("was changed by someone else");
            IndicatorTarget stored = reports.targets(CLAIRE, 2025).get(0);
            assertThat(stored.version()).isEqualTo(read.version() + 1);
            assertThat(stored.threshold()).isIn(new BigDecimal("65.00"), new BigDecimal("55.00"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRefuseACorrectionOfAnIncomeLineRemovedMeanwhile(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            FundingService funding = filiere.get(FundingService.class);
            IncomeLineId id = funding.recordIncome(new RecordIncome(CLAIRE, 2025, "Région", "Convention",
                    IncomeSource.PUBLIC_SUBSIDY, new BigDecimal("240000")));
            IncomeLine read = funding.income(CLAIRE, 2025).get(0);

            List<String> results = atOnce(
                    () -> funding.correctIncome(new CorrectIncome(CLAIRE, id, read.version(), "Région", "Convention",
                            IncomeSource.PUBLIC_SUBSIDY, new BigDecimal("250000"))),
                    () -> funding.removeIncome(new RemoveIncome(PAUL, id, read.version())));

            assertThat(results).containsOnlyOnce("done");
            List<IncomeLine> left = funding.income(CLAIRE, 2025);
            if (results.get(0).equals("done")) {
                assertThat(left).singleElement().satisfies(l -> {
                    assertThat(l.amount()).isEqualByComparingTo("250000");
                    assertThat(l.version()).isEqualTo(read.version() + 1);
                });
            } else {
                assertThat(left).isEmpty();
            }
        }
    }
}
