package org.filiere.persistence.report;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.persistence.Transactions;
import org.filiere.report.ProgrammesSection;
import org.filiere.report.SectionDefinition;
import org.filiere.report.SectionFigures;
import org.filiere.report.YearFigures;

/**
 * The partner programmes section, counted in the database: programmes whose dates overlap the year and their places,
 * the year's applications by where they stand, and the cooperation agreements in force or signed that year.
 */
@ApplicationScoped
public class JpaProgrammesFigures implements SectionFigures {

    private final Transactions transactions;

    @Inject
    public JpaProgrammesFigures(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaProgrammesFigures() {
        this(null);
    }

    @Override
    public SectionDefinition definition() {
        return ProgrammesSection.definition();
    }

    @Override
    public YearFigures of(int year) {
        Aggregates db = new Aggregates(transactions.entityManager());
        ReportYear y = new ReportYear(year);
        YearFigures f = new YearFigures(year);
        Object[] running = db.row("SELECT COUNT(*), SUM(p.places) FROM partner_programme p"
                + " WHERE p.starts_on < ? AND p.ends_on >= ?", y.firstDayAfter(), y.firstDay());
        f.put(ProgrammesSection.RUNNING, Aggregates.count(running[0]));
        f.put(ProgrammesSection.PLACES, Aggregates.count(running[1]));
        Map<String, Long> byStatus = new HashMap<>();
        for (Object[] r : db.rows("SELECT e.status, COUNT(*) FROM enrollment e WHERE e.applied_on >= ?"
                + " AND e.applied_on < ? GROUP BY e.status", y.firstDay(), y.firstDayAfter())) {
            byStatus.put(((String) r[0]).strip(), Aggregates.count(r[1]));
        }
        f.put(ProgrammesSection.APPLICATIONS, byStatus.values().stream().mapToLong(Long::longValue).sum());
        f.put(ProgrammesSection.ACCEPTED, byStatus.getOrDefault("ACCEPTED", 0L));
        f.put(ProgrammesSection.COMPLETED, byStatus.getOrDefault("COMPLETED", 0L));
        f.put(ProgrammesSection.REFUSED, byStatus.getOrDefault("REFUSED", 0L));
        f.put(ProgrammesSection.PENDING, byStatus.getOrDefault("APPLIED", 0L));
        f.put(ProgrammesSection.AGREEMENTS_IN_FORCE, Aggregates.count(db.number("SELECT COUNT(*)"
                + " FROM cooperation_agreement a WHERE a.signed_on IS NOT NULL AND a.signed_on < ? AND a.starts_on < ?"
                + " AND (a.ends_on IS NULL OR a.ends_on >= ?) AND (a.terminated_on IS NULL OR a.terminated_on >= ?)",
                y.firstDayAfter(), y.firstDayAfter(), y.firstDay(), y.firstDay())));
        f.put(ProgrammesSection.AGREEMENTS_SIGNED, Aggregates.count(db.number("SELECT COUNT(*)"
                + " FROM cooperation_agreement a WHERE a.signed_on >= ? AND a.signed_on < ?",
                y.firstDay(), y.firstDayAfter())));
        return f;
    }
}
