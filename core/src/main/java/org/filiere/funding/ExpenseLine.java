package org.filiere.funding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Money the association spent in a year on one of its activities.
 *
 * @param id       identity
 * @param year     the year
 * @param activity what the money went to
 * @param label    what it was ("Salaires de l'équipe formation"), possibly empty
 * @param amount   euros, more than zero, two decimals
 * @param version  the stored version, for optimistic locking (0 when not yet stored)
 */
public record ExpenseLine(ExpenseLineId id, int year, ExpenseActivity activity, String label, BigDecimal amount,
        long version) {

    public ExpenseLine {
        Objects.requireNonNull(id, "id");
        String record = "Expense line of " + year + (activity == null ? "" : " for " + activity.name().toLowerCase(
                java.util.Locale.ROOT));
        FundingRules.year(record, year);
        if (activity == null) {
            throw new FundingRefusedException(record, "activity", "is missing");
        }
        label = FundingRules.optional(record, "label", label);
        amount = FundingRules.amount(record, amount);
    }

    /** How staff name the line in a message. */
    public String describe() {
        return "expense line of " + year + " for " + activity.name().toLowerCase(java.util.Locale.ROOT)
                + (label.isEmpty() ? "" : " (" + label + ")");
    }
}
