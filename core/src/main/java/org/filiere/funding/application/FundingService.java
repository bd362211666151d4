package org.filiere.funding.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.funding.ExpenseLine;
import org.filiere.funding.ExpenseLineId;
import org.filiere.funding.ExpenseLines;
import org.filiere.funding.FundingLineChanged;
import org.filiere.funding.IncomeLine;
import org.filiere.funding.IncomeLineId;
import org.filiere.funding.IncomeLines;
import org.filiere.funding.application.FundingCommands.CorrectExpense;
import org.filiere.funding.application.FundingCommands.CorrectIncome;
import org.filiere.funding.application.FundingCommands.RecordExpense;
import org.filiere.funding.application.FundingCommands.RecordIncome;
import org.filiere.funding.application.FundingCommands.RemoveExpense;
import org.filiere.funding.application.FundingCommands.RemoveIncome;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.StaleDataException;

/** The income and expense lines of each year, kept by staff for the activity report. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class FundingService {

    private final IncomeLines income;
    private final ExpenseLines expenses;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public FundingService(IncomeLines income, ExpenseLines expenses, DomainEvents events, Clock clock) {
        this.income = income;
        this.expenses = expenses;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected FundingService() {
        this(null, null, null, null);
    }

    public IncomeLineId recordIncome(RecordIncome c) {
        requireStaff(c.actor(), "record an income line");
        IncomeLine line = new IncomeLine(IncomeLineId.random(), c.year(), c.funder(), c.agreement(), c.source(),
                c.amount(), 0);
        income.save(line);
        publish(line.id().toString(), "income", "recorded", line.year());
        return line.id();
    }

    public void correctIncome(CorrectIncome c) {
        requireStaff(c.actor(), "correct an income line");
        IncomeLine stored = income.get(c.id());
        requireVersion(stored.describe(), stored.version(), c.version());
        income.save(new IncomeLine(stored.id(), stored.year(), c.funder(), c.agreement(), c.source(), c.amount(),
                stored.version()));
        publish(stored.id().toString(), "income", "corrected", stored.year());
    }

    public void removeIncome(RemoveIncome c) {
        requireStaff(c.actor(), "remove an income line");
        IncomeLine stored = income.get(c.id());
        requireVersion(stored.describe(), stored.version(), c.version());
        income.remove(stored);
        publish(stored.id().toString(), "income", "removed", stored.year());
    }

    public ExpenseLineId recordExpense(RecordExpense c) {
        requireStaff(c.actor(), "record an expense line");
        ExpenseLine line = new ExpenseLine(ExpenseLineId.random(), c.year(), c.activity(), c.label(), c.amount(), 0);
        expenses.save(line);
        publish(line.id().toString(), "expense", "recorded", line.year());
        return line.id();
    }

    public void correctExpense(CorrectExpense c) {
        requireStaff(c.actor(), "correct an expense line");
        ExpenseLine stored = expenses.get(c.id());
        requireVersion(stored.describe(), stored.version(), c.version());
        expenses.save(new ExpenseLine(stored.id(), stored.year(), c.activity(), c.label(), c.amount(),
                stored.version()));
        publish(stored.id().toString(), "expense", "corrected", stored.year());
    }

    public void removeExpense(RemoveExpense c) {
        requireStaff(c.actor(), "remove an expense line");
        ExpenseLine stored = expenses.get(c.id());
        requireVersion(stored.describe(), stored.version(), c.version());
        expenses.remove(stored);
        publish(stored.id().toString(), "expense", "removed", stored.year());
    }

    /** A year's income lines; staff only. */
    public List<IncomeLine> income(Actor actor, int year) {
        requireStaff(actor, "see the income lines");
        return income.ofYear(year);
    }

    /** A year's expense lines; staff only. */
    public List<ExpenseLine> expenses(Actor actor, int year) {
        requireStaff(actor, "see the expense lines");
        return expenses.ofYear(year);
    }

    private static void requireVersion(String record, long stored, long read) {
        if (stored != read) {
            throw new StaleDataException(record, "read at version " + read + ", now at version " + stored);
        }
    }

    private void publish(String lineId, String kind, String change, int year) {
        events.publish(new FundingLineChanged(UUID.randomUUID(), clock.instant(), lineId, kind, change, year));
    }
}
