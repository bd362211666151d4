package org.filiere.persistence.funding;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.funding.ExpenseLine;
import org.filiere.funding.ExpenseLineId;
import org.filiere.funding.ExpenseLines;
import org.filiere.funding.ExpenseActivity;
import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;

/** Expense lines in the library's database, through JPA. */
@ApplicationScoped
public class JpaExpenseLines implements ExpenseLines {

    private final Transactions transactions;

    @Inject
    public JpaExpenseLines(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaExpenseLines() {
        this(null);
    }

    @Override
    public void save(ExpenseLine line) {
        EntityManager em = em();
        ExpenseLineEntity row = VersionedRows.rowToChange(em, transactions, ExpenseLineEntity.class,
                line.id().toString(), line.describe(), line.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new ExpenseLineEntity();
            row.id = line.id().toString();
            copy(line, row);
            em.persist(row);
            return;
        }
        copy(line, row);
    }

    private static void copy(ExpenseLine line, ExpenseLineEntity row) {
        row.year = line.year();
        row.activity = line.activity().name();
        row.label = line.label();
        row.amount = line.amount();
    }

    @Override
    public Optional<ExpenseLine> find(ExpenseLineId id) {
        return Optional.ofNullable(em().find(ExpenseLineEntity.class, id.toString())).map(JpaExpenseLines::toDomain);
    }

    @Override
    public List<ExpenseLine> ofYear(int year) {
        return em().createQuery("SELECT l FROM ExpenseLineEntity l WHERE l.year = :year ORDER BY l.activity, l.id",
                ExpenseLineEntity.class).setParameter("year", year).getResultStream().map(JpaExpenseLines::toDomain)
                .toList();
    }

    @Override
    public void remove(ExpenseLine line) {
        EntityManager em = em();
        ExpenseLineEntity row = em.find(ExpenseLineEntity.class, line.id().toString());
        if (row == null || row.version != line.version()) {
            throw new StaleDataException(line.describe(), row == null ? "it was removed"
                    : "read at version " + line.version() + ", now at version " + row.version);
        }
        em.remove(row);
        transactions.changing(row);
    }

    private static ExpenseLine toDomain(ExpenseLineEntity e) {
        return new ExpenseLine(ExpenseLineId.of(e.id), e.year, ExpenseActivity.valueOf(e.activity), e.label,
                e.amount, e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
