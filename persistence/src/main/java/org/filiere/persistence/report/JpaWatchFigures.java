package org.filiere.persistence.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.persistence.Transactions;
import org.filiere.report.SectionDefinition;
import org.filiere.report.SectionFigures;
import org.filiere.report.WatchSection;
import org.filiere.report.YearFigures;

/**
 * The market watch section, counted in the database: tenders received, and the digests sent during the year with
 * the distinct tenders they relayed and the distinct members they reached.
 */
@ApplicationScoped
public class JpaWatchFigures implements SectionFigures {

    private final Transactions transactions;

    @Inject
    public JpaWatchFigures(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaWatchFigures() {
        this(null);
    }

    @Override
    public SectionDefinition definition() {
        return WatchSection.definition();
    }

    @Override
    public YearFigures of(int year) {
        Aggregates db = new Aggregates(transactions.entityManager());
        ReportYear y = new ReportYear(year);
        YearFigures f = new YearFigures(year);
        f.put(WatchSection.TENDERS_RECEIVED, Aggregates.count(db.number("SELECT COUNT(*) FROM tender t"
                + " WHERE t.received_at >= ? AND t.received_at < ?", y.startInstant(), y.endInstant())));
        Object[] digests = db.row("SELECT COUNT(*), COUNT(DISTINCT d.siren) FROM digest d"
                + " WHERE d.sent_at >= ? AND d.sent_at < ?", y.startInstant(), y.endInstant());
        f.put(WatchSection.DIGESTS_SENT, Aggregates.count(digests[0]));
        f.put(WatchSection.MEMBERS_REACHED, Aggregates.count(digests[1]));
        f.put(WatchSection.TENDERS_RELAYED, Aggregates.count(db.number("SELECT COUNT(*) FROM (SELECT DISTINCT"
                + " e.tender_source, e.tender_reference FROM digest_entry e JOIN digest d ON d.id = e.digest_id"
                + " WHERE d.sent_at >= ? AND d.sent_at < ?) t", y.startInstant(), y.endInstant())));
        return f;
    }
}
