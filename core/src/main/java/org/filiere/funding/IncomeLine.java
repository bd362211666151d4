package org.filiere.funding;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Money the association received (or was granted) for a year from one funder under one agreement or programme.
 * Dues are not income lines: the report computes them from the memberships, so that they are never typed twice.
 *
 * @param id        identity
 * @param year      the year the money funds
 * @param funder    who gives it ("Région Auvergne-Rhône-Alpes")
 * @param agreement the agreement or programme it comes under ("Convention 2025-2027"), possibly empty
 * @param source    the kind of money; never {@link IncomeSource#DUES}
 * @param amount    euros, more than zero, two decimals
 * @param version   the stored version, for optimistic locking (0 when not yet stored)
 */
public record IncomeLine(IncomeLineId id, int year, String funder, String agreement, IncomeSource source,
        BigDecimal amount, long version) {

    public IncomeLine {
        Objects.requireNonNull(id, "id");
        String record = "Income line of " + year + (funder == null || funder.isBlank() ? "" : " from " + funder.strip());
        FundingRules.year(record, year);
        funder = FundingRules.required(record, "funder", funder);
        agreement = FundingRules.optional(record, "agreement", agreement);
        if (source == null) {
            throw new FundingRefusedException(record, "source", "is missing");
        }
        if (!source.isTyped()) {
            throw new FundingRefusedException(record, "source",
                    "cannot be dues: dues income is computed from the members' paid dues");
        }
        amount = FundingRules.amount(record, amount);
    }

    /** How staff name the line in a message. */
    public String describe() {
        return "income line of " + year + " from " + funder + (agreement.isEmpty() ? "" : " (" + agreement + ")");
    }
}
