package org.filiere.persistence.report;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.report.Comparison;
import org.filiere.report.IndicatorTarget;
import org.filiere.report.IndicatorTargetId;
import org.filiere.report.IndicatorTargetRefusedException;
import org.filiere.report.IndicatorTargets;

/** Indicator targets in the library's database, through JPA. */
@ApplicationScoped
public class JpaIndicatorTargets implements IndicatorTargets {

    private final Transactions transactions;

    @Inject
    public JpaIndicatorTargets(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaIndicatorTargets() {
        this(null);
    }

    @Override
    public void save(IndicatorTarget t) {
        EntityManager em = em();
        IndicatorTargetEntity row = VersionedRows.rowToChange(em, transactions, IndicatorTargetEntity.class,
                t.id().toString(), t.describe(), t.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new IndicatorTargetEntity();
            row.id = t.id().toString();
            copy(t, row);
            VersionedRows.insert(em, row, () -> new IndicatorTargetRefusedException("Indicator target on "
                    + t.figureKey() + " for " + t.year(), "funder", "'" + t.funder()
                    + "' already has a target on this figure for " + t.year() + "; change that one instead"));
            return;
        }
        copy(t, row);
    }

    private static void copy(IndicatorTarget t, IndicatorTargetEntity row) {
        row.funder = t.funder();
        row.agreement = t.agreement();
        row.figureKey = t.figureKey();
        row.year = t.year();
        row.comparison = t.comparison().name();
        row.threshold = t.threshold();
    }

    @Override
    public Optional<IndicatorTarget> find(IndicatorTargetId id) {
        return Optional.ofNullable(em().find(IndicatorTargetEntity.class, id.toString()))
                .map(JpaIndicatorTargets::toDomain);
    }

    @Override
    public List<IndicatorTarget> ofYear(int year) {
        return em().createQuery("SELECT t FROM IndicatorTargetEntity t WHERE t.year = :year"
                + " ORDER BY t.funder, t.figureKey", IndicatorTargetEntity.class)
                .setParameter("year", year).getResultStream().map(JpaIndicatorTargets::toDomain).toList();
    }

    @Override
    public void remove(IndicatorTarget t) {
        EntityManager em = em();
        IndicatorTargetEntity row = em.find(IndicatorTargetEntity.class, t.id().toString());
        if (row == null || row.version != t.version()) {
            throw new StaleDataException(t.describe(), row == null ? "it was removed"
                    : "read at version " + t.version() + ", now at version " + row.version);
        }
        em.remove(row);
        transactions.changing(row);
    }

    private static IndicatorTarget toDomain(IndicatorTargetEntity e) {
        return new IndicatorTarget(IndicatorTargetId.of(e.id), e.funder, e.agreement, e.figureKey, e.year,
                Comparison.valueOf(e.comparison), e.threshold, e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
