package org.filiere.persistence.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.persistence.Transactions;
import org.filiere.report.ProjectsSection;
import org.filiere.report.SectionDefinition;
import org.filiere.report.SectionFigures;
import org.filiere.report.YearFigures;

/**
 * The projects section, counted in the database: proposals submitted, projects labelled (with their budgets and the
 * support they ask), the committee's rejections, and the labelled projects that entered experimentation or
 * prototyping or were completed during the year.
 */
@ApplicationScoped
public class JpaProjectsFigures implements SectionFigures {

    private final Transactions transactions;

    @Inject
    public JpaProjectsFigures(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaProjectsFigures() {
        this(null);
    }

    @Override
    public SectionDefinition definition() {
        return ProjectsSection.definition();
    }

    @Override
    public YearFigures of(int year) {
        Aggregates db = new Aggregates(transactions.entityManager());
        ReportYear y = new ReportYear(year);
        YearFigures f = new YearFigures(year);
        Object[] submitted = db.row("SELECT COUNT(*), SUM(p.budget), SUM(p.requested_support) FROM project p"
                + " WHERE p.submitted_on >= ? AND p.submitted_on < ?", y.firstDay(), y.firstDayAfter());
        f.put(ProjectsSection.PROPOSALS, Aggregates.count(submitted[0]));
        f.put(ProjectsSection.PROPOSALS_BUDGET, Aggregates.number(submitted[1]));
        f.put(ProjectsSection.PROPOSALS_SUPPORT, Aggregates.number(submitted[2]));
        Object[] labelled = db.row("SELECT COUNT(*), SUM(p.budget), SUM(p.requested_support) FROM project p"
                + " WHERE p.labelled_on >= ? AND p.labelled_on < ?", y.firstDay(), y.firstDayAfter());
        f.put(ProjectsSection.LABELLED, Aggregates.count(labelled[0]));
        f.put(ProjectsSection.LABELLED_BUDGET, Aggregates.number(labelled[1]));
        f.put(ProjectsSection.LABELLED_SUPPORT, Aggregates.number(labelled[2]));
        f.put(ProjectsSection.REJECTED, Aggregates.count(db.number("SELECT COUNT(DISTINCT d.project_id)"
                + " FROM committee_decision d WHERE d.outcome = 'REJECTED' AND d.decided_on >= ? AND d.decided_on < ?",
                y.firstDay(), y.firstDayAfter())));
        Object[] progress = db.row("SELECT"
                + " SUM(CASE WHEN p.experimentation_from >= ? AND p.experimentation_from < ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN p.prototyping_from >= ? AND p.prototyping_from < ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN p.project_state = 'COMPLETED' AND p.closed_on >= ? AND p.closed_on < ?"
                + " THEN 1 ELSE 0 END) FROM project p WHERE p.labelled_on IS NOT NULL",
                y.firstDay(), y.firstDayAfter(), y.firstDay(), y.firstDayAfter(), y.firstDay(), y.firstDayAfter());
        f.put(ProjectsSection.EXPERIMENTATION, Aggregates.count(progress[0]));
        f.put(ProjectsSection.PROTOTYPING, Aggregates.count(progress[1]));
        f.put(ProjectsSection.COMPLETED, Aggregates.count(progress[2]));
        return f;
    }
}
