package org.filiere.demo.report;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;

import org.filiere.access.Actor;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourStep;
import org.filiere.funding.ExpenseActivity;
import org.filiere.funding.IncomeSource;
import org.filiere.funding.application.FundingCommands.RecordExpense;
import org.filiere.funding.application.FundingCommands.RecordIncome;
import org.filiere.funding.application.FundingService;
import org.filiere.report.ActivityReport;
import org.filiere.report.Comparison;
import org.filiere.report.EngagementSection;
import org.filiere.report.FundingSection;
import org.filiere.report.IndicatorResult;
import org.filiere.report.MembersSection;
import org.filiere.report.TrainingSection;
import org.filiere.report.application.ReportCommands.SetIndicatorTarget;
import org.filiere.report.application.ReportService;
import org.filiere.reporting.ReportFiles;
import org.filiere.reporting.ReportFormat;

/**
 * Last year's activity report: the year's income (the Region's and the metropolis's subsidies, paid services,
 * sponsorship) and expenses by activity, the targets of the funders' agreements, then the report written as HTML
 * and PDF into the demo's data folder.
 */
public class ReportTour implements TourStep {

    private static final String REGION = "Région Auvergne-Rhône-Alpes";
    private static final String METROPOLIS = "Grenoble-Alpes Métropole";
    private static final String STATE = "État (DREETS)";

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return !cluster.get(FundingService.class).income(cluster.actor(), cluster.currentYear() - 1).isEmpty();
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
        int year = data.year() - 1;
        Actor staff = cluster.actor();
        FundingService funding = cluster.get(FundingService.class);
        income(funding, staff, year, REGION, "Convention pluriannuelle d'objectifs", IncomeSource.PUBLIC_SUBSIDY,
                "240000");
        income(funding, staff, year, METROPOLIS, "Convention d'animation économique", IncomeSource.PUBLIC_SUBSIDY,
                "85000");
        income(funding, staff, year, STATE, "Programme Grappes d'entreprises", IncomeSource.PUBLIC_SUBSIDY, "50000");
        income(funding, staff, year, "Stagiaires et entreprises", "Formations", IncomeSource.PAID_SERVICES, "68500");
        income(funding, staff, year, "Banque des Alpes", "Partenariat Them@", IncomeSource.SPONSORSHIP, "15000");
        expense(funding, staff, year, ExpenseActivity.STAFF, "Salaires et charges de l'équipe", "392000");
        expense(funding, staff, year, ExpenseActivity.TRAINING, "Intervenants et salles", "54000");
        expense(funding, staff, year, ExpenseActivity.EVENTS, "Them@ et Tic Exchange", "31000");
        expense(funding, staff, year, ExpenseActivity.PROJECTS, "Comité de labellisation, études", "22500");
        expense(funding, staff, year, ExpenseActivity.WATCH, "Abonnements aux flux d'appels d'offres", "6500");
        expense(funding, staff, year, ExpenseActivity.OVERHEADS, "Locaux, informatique, assurances", "38000");

        ReportService reports = cluster.get(ReportService.class);
        target(reports, staff, REGION, MembersSection.ACTIVE, year, Comparison.AT_LEAST, "120");
        target(reports, staff, REGION, MembersSection.SME_SHARE, year, Comparison.AT_LEAST, "60");
        target(reports, staff, REGION, EngagementSection.DAYS_PER_MEMBER, year, Comparison.AT_LEAST, "7");
        target(reports, staff, REGION, TrainingSection.SESSIONS_HELD, year, Comparison.AT_LEAST, "20");
        target(reports, staff, METROPOLIS, TrainingSection.TRAINEES, year, Comparison.AT_LEAST, "150");
        target(reports, staff, METROPOLIS, FundingSection.PUBLIC_SHARE, year, Comparison.AT_MOST, "75");
    }

    private static void income(FundingService funding, Actor staff, int year, String funder, String agreement,
            IncomeSource source, String amount) {
        funding.recordIncome(new RecordIncome(staff, year, funder, agreement, source, new BigDecimal(amount)));
    }

    private static void expense(FundingService funding, Actor staff, int year, ExpenseActivity activity, String label,
            String amount) {
        funding.recordExpense(new RecordExpense(staff, year, activity, label, new BigDecimal(amount)));
    }

    private static void target(ReportService reports, Actor staff, String funder, String figure, int year,
            Comparison comparison, String threshold) {
        reports.setTarget(new SetIndicatorTarget(staff, funder, "Convention " + year, figure, year, comparison,
                new BigDecimal(threshold)));
    }

    /** Sets up the HTML and PDF engines, whose first report otherwise pays for loading them. */
    @Override
    public void prepare() {
        new ReportFiles(DemoData.CLUSTER_NAME).prepare(ReportService.DEFAULT_LANGUAGE);
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        int year = cluster.currentYear() - 1;
        ActivityReport report = cluster.get(ReportService.class).build(cluster.actor(), year);
        ReportFiles files = new ReportFiles(DemoData.CLUSTER_NAME);
        Path html = cluster.dataDirectory().resolve("report.html");
        Path pdf = cluster.dataDirectory().resolve("report.pdf");
        files.write(report, ReportFormat.HTML, html);
        files.write(report, ReportFormat.PDF, pdf);
        long met = report.indicators().stream().filter(IndicatorResult::met).count();
        out.printf("Activity report %d: %d of %d funders' targets met%n", year, met, report.indicators().size());
        for (IndicatorResult i : report.indicators()) {
            out.printf("  %-28s %-45s %s%n", i.target().funder(), i.figure().label(),
                    (i.met() ? "met" : "not met") + " (" + i.value().map(BigDecimal::toPlainString).orElse("-") + ")");
        }
        out.printf("  written to %s and %s%n", html, pdf);
    }
}
