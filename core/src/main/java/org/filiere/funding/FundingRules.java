package org.filiere.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.filiere.kernel.TextLimit;

/** The checks every funding line passes: a plausible year, a positive amount in euros, texts of a kept length. */
final class FundingRules {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private FundingRules() {
    }

    static int year(String record, int year) {
        if (year < 1900 || year > 9999) {
            throw new FundingRefusedException(record, "year", "is " + year + ", not a calendar year");
        }
        return year;
    }

    static BigDecimal amount(String record, BigDecimal amount) {
        if (amount == null) {
            throw new FundingRefusedException(record, "amount", "is missing");
        }
        if (amount.signum() <= 0) {
            throw new FundingRefusedException(record, "amount", "is " + amount.toPlainString()
                    + " EUR; a line is more than zero euros");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new FundingRefusedException(record, "amount", "is " + amount.toPlainString()
                    + " EUR; an amount in euros has at most two decimals");
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw new FundingRefusedException(record, "amount", "is " + amount.toPlainString()
                    + " EUR, more than the association's books can hold");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    static String required(String record, String field, String text) {
        if (text == null || text.isBlank()) {
            throw new FundingRefusedException(record, field, "is missing");
        }
        return TextLimit.check(record, field, text.strip(), TextLimit.SHORT);
    }

    static String optional(String record, String field, String text) {
        return text == null ? "" : TextLimit.check(record, field, text.strip(), TextLimit.SHORT);
    }
}
