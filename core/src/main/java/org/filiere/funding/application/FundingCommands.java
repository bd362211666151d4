package org.filiere.funding.application;

import java.math.BigDecimal;

import org.filiere.access.Actor;
import org.filiere.funding.ExpenseActivity;
import org.filiere.funding.ExpenseLineId;
import org.filiere.funding.IncomeLineId;
import org.filiere.funding.IncomeSource;

/** The commands of {@link FundingService}; each names the staff member who acts. */
public final class FundingCommands {

    private FundingCommands() {
    }

    /** Records money received from a funder for a year. */
    public record RecordIncome(Actor actor, int year, String funder, String agreement, IncomeSource source,
            BigDecimal amount) {
    }

    /** Corrects an income line read at {@code version}. */
    public record CorrectIncome(Actor actor, IncomeLineId id, long version, String funder, String agreement,
            IncomeSource source, BigDecimal amount) {
    }

    /** Removes an income line read at {@code version}. */
    public record RemoveIncome(Actor actor, IncomeLineId id, long version) {
    }

    /** Records money spent on an activity in a year. */
    public record RecordExpense(Actor actor, int year, ExpenseActivity activity, String label, BigDecimal amount) {
    }

    /** Corrects an expense line read at {@code version}. */
    public record CorrectExpense(Actor actor, ExpenseLineId id, long version, ExpenseActivity activity, String label,
            BigDecimal amount) {
    }

    /** Removes an expense line read at {@code version}. */
    public record RemoveExpense(Actor actor, ExpenseLineId id, long version) {
    }
}
