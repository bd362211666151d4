package org.filiere.project;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in euros, with exactly two decimals.
 *
 * @param amount the amount, never negative
 */
public record Euros(BigDecimal amount) implements Comparable<Euros> {

    /** Nothing. */
    public static final Euros ZERO = new Euros(BigDecimal.ZERO);

    public Euros {
        if (amount == null) {
            throw new ProjectRefusedException("An amount in euros is needed");
        }
        if (amount.signum() < 0) {
            throw new ProjectRefusedException("Amount " + amount.toPlainString() + " EUR is not valid: it is negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new ProjectRefusedException("Amount " + amount.toPlainString()
                    + " EUR is not valid: an amount in euros has at most two decimals");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** This many euros, written {@code "45000"}, {@code "45000.50"} or {@code "45000,50"}. */
    public static Euros of(String amount) {
        try {
            return new Euros(new BigDecimal(amount.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            throw new ProjectRefusedException("Amount \"" + amount + "\" is not valid: it is not a number");
        }
    }

    @Override
    public int compareTo(Euros other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " EUR";
    }
}
