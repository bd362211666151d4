package org.filiere.persistence.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.member.ContributionKind;
import org.filiere.persistence.Transactions;
import org.filiere.report.EngagementSection;
import org.filiere.report.SectionDefinition;
import org.filiere.report.SectionFigures;
import org.filiere.report.Unit;
import org.filiere.report.YearFigures;

/**
 * The engagement section, counted in the database: paid-up members holding on 31 December a signature of the charter
 * version then in force, and the days the year's members gave.
 */
@ApplicationScoped
public class JpaEngagementFigures implements SectionFigures {

    private final Transactions transactions;

    @Inject
    public JpaEngagementFigures(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaEngagementFigures() {
        this(null);
    }

    @Override
    public SectionDefinition definition() {
        return EngagementSection.definition();
    }

    @Override
    public YearFigures of(int year) {
        Aggregates db = new Aggregates(transactions.entityManager());
        ReportYear y = new ReportYear(year);
        YearFigures f = new YearFigures(year);
        long paid = Aggregates.count(db.number("SELECT COUNT(*) FROM membership ms WHERE ms.membership_year = ?"
                + " AND ms.status = 'ACTIVE'", year));
        Object[] version = db.row("SELECT MAX(v.number) FROM charter_version v WHERE v.effective_from <= ?",
                y.lastDay());
        if (version.length == 0 || version[0] == null) {
            f.put(EngagementSection.SIGNATORIES, 0);
            f.put(EngagementSection.SIGNATURE_RATE, (BigDecimal) null);
        } else {
            long signatories = Aggregates.count(db.number("SELECT COUNT(*) FROM membership ms"
                    + " WHERE ms.membership_year = ? AND ms.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM"
                    + " charter_signature s WHERE s.siren = ms.siren AND s.charter_version = ? AND s.signed_at < ?"
                    + " AND (s.revoked_at IS NULL OR s.revoked_at >= ?))", year, Aggregates.count(version[0]),
                    y.endInstant(), y.endInstant()));
            f.put(EngagementSection.SIGNATORIES, signatories);
            f.put(EngagementSection.SIGNATURE_RATE, Unit.percent(signatories, paid));
        }
        long members = Aggregates.count(db.number("SELECT COUNT(*) FROM membership ms WHERE ms.membership_year = ?"
                + " AND ms.status IN " + JpaMembersFigures.MEMBER, year));
        String ofMembers = " FROM contribution c WHERE c.contribution_year = ? AND EXISTS (SELECT 1 FROM membership ms"
                + " WHERE ms.siren = c.siren AND ms.membership_year = ? AND ms.status IN " + JpaMembersFigures.MEMBER
                + ")";
        Object[] total = db.row("SELECT SUM(c.days), COUNT(DISTINCT c.siren)" + ofMembers, year, year);
        BigDecimal days = total.length == 0 ? BigDecimal.ZERO : Aggregates.number(total[0]);
        f.put(EngagementSection.CONTRIBUTION_DAYS, days);
        f.put(EngagementSection.CONTRIBUTORS, total.length == 0 ? 0 : Aggregates.count(total[1]));
        f.put(EngagementSection.DAYS_PER_MEMBER, Unit.DAYS.average(days, members));
        Map<ContributionKind, BigDecimal> byKind = new EnumMap<>(ContributionKind.class);
        for (Object[] r : db.rows("SELECT c.kind, SUM(c.days)" + ofMembers + " GROUP BY c.kind", year, year)) {
            byKind.put(ContributionKind.valueOf(((String) r[0]).strip()), Aggregates.number(r[1]));
        }
        byKind.forEach((kind, d) -> f.row(EngagementSection.BY_KIND, kind.name(), kind.label(), d));
        return f;
    }
}
