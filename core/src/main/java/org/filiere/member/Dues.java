package org.filiere.member;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.filiere.kernel.InvalidFieldException;

/**
 * A yearly membership fee in euros, with exactly two decimals.
 *
 * @param amount the amount, never negative
 */
public record Dues(BigDecimal amount) implements Comparable<Dues> {

    public Dues {
        if (amount == null) {
            throw new InvalidFieldException("Dues", "amount", "is missing");
        }
        if (amount.signum() < 0) {
            throw new InvalidIdentifierException("dues amount", amount.toPlainString(), "dues cannot be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidIdentifierException("dues amount", amount.toPlainString(),
                    "an amount in euros has at most two decimals");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Dues of this many euros, written {@code "450"} or {@code "450.00"}. */
    public static Dues euros(String amount) {
        try {
            return new Dues(new BigDecimal(amount.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new InvalidIdentifierException("dues amount", amount, "it is not a number");
        }
    }

    @Override
    public int compareTo(Dues o) {
        return amount.compareTo(o.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " EUR";
    }
}
