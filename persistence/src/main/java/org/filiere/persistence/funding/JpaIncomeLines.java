package org.filiere.persistence.funding;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.funding.IncomeLine;
import org.filiere.funding.IncomeLineId;
import org.filiere.funding.IncomeLines;
import org.filiere.funding.IncomeSource;
import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;

/** Income lines in the library's database, through JPA. */
@ApplicationScoped
public class JpaIncomeLines implements IncomeLines {

    private final Transactions transactions;

    @Inject
    public JpaIncomeLines(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaIncomeLines() {
        this(null);
    }

    @Override
    public void save(IncomeLine line) {
        EntityManager em = em();
        IncomeLineEntity row = VersionedRows.rowToChange(em, transactions, IncomeLineEntity.class, line.id().toString(),
                line.describe(), line.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new IncomeLineEntity();
            row.id = line.id().toString();
            copy(line, row);
            em.persist(row);
            return;
        }
        copy(line, row);
    }

    private static void copy(IncomeLine line, IncomeLineEntity row) {
        row.year = line.year();
        row.funder = line.funder();
        row.agreement = line.agreement();
        row.source = line.source().name();
        row.amount = line.amount();
    }

    @Override
    public Optional<IncomeLine> find(IncomeLineId id) {
        return Optional.ofNullable(em().find(IncomeLineEntity.class, id.toString())).map(JpaIncomeLines::toDomain);
    }

    @Override
    public List<IncomeLine> ofYear(int year) {
        return em().createQuery("SELECT l FROM IncomeLineEntity l WHERE l.year = :year ORDER BY l.funder, l.id",
                IncomeLineEntity.class).setParameter("year", year).getResultStream().map(JpaIncomeLines::toDomain)
                .toList();
    }

    @Override
    public void remove(IncomeLine line) {
        EntityManager em = em();
        IncomeLineEntity row = em.find(IncomeLineEntity.class, line.id().toString());
        if (row == null || row.version != line.version()) {
            throw new StaleDataException(line.describe(), row == null ? "it was removed"
                    : "read at version " + line.version() + ", now at version " + row.version);
        }
        em.remove(row);
        transactions.changing(row);
    }

    private static IncomeLine toDomain(IncomeLineEntity e) {
        return new IncomeLine(IncomeLineId.of(e.id), e.year, e.funder, e.agreement, IncomeSource.valueOf(e.source),
                e.amount, e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
