package org.filiere.watch;

import java.math.BigDecimal;

import org.filiere.kernel.InvalidFieldException;

/**
 * What the buyer expects the contract to be worth.
 *
 * @param amount   the amount, never negative
 * @param currency its ISO 4217 currency ({@code EUR})
 */
public record EstimatedValue(BigDecimal amount, String currency) {

    public EstimatedValue {
        if (amount == null || amount.signum() < 0) {
            throw new InvalidFieldException("An estimated value", "amount", "is a positive amount, not " + amount);
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new InvalidFieldException("An estimated value", "currency", "is an ISO 4217 currency, not " + currency);
        }
        amount = amount.stripTrailingZeros().scale() < 0 ? amount.setScale(0) : amount.stripTrailingZeros();
    }

    /** An amount in euros. */
    public static EstimatedValue euros(String amount) {
        return new EstimatedValue(new BigDecimal(amount), "EUR");
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
