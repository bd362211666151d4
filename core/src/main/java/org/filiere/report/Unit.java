package org.filiere.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** What a figure's number is, and how many decimals it keeps. */
public enum Unit {
    /** Things or people counted. */
    COUNT(0),
    /** A share, in percent with one decimal. */
    PERCENT(1),
    /** Euros, two decimals. */
    EUROS(2),
    /** Days, one decimal. */
    DAYS(1),
    /** Hours, one decimal. */
    HOURS(1),
    /** A mean score out of 5, two decimals. */
    SCORE(2);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int scale;

    Unit(int scale) {
        this.scale = scale;
    }

    /** The decimals a figure of this unit keeps. */
    public int scale() {
        return scale;
    }

    /** The value with this unit's decimals, rounded half up. */
    public BigDecimal rounded(BigDecimal value) {
        return value.setScale(scale, RoundingMode.HALF_UP);
    }

    /** {@code part} out of {@code whole} in percent with one decimal; nothing when the whole is zero. */
    public static Optional<BigDecimal> percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Optional.empty()
                : Optional.of(part.multiply(HUNDRED).divide(whole, PERCENT.scale, RoundingMode.HALF_UP));
    }

    /** {@code part} out of {@code whole} in percent with one decimal; nothing when the whole is zero. */
    public static Optional<BigDecimal> percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** A total divided by a count, with this unit's decimals; nothing when the count is zero. */
    public Optional<BigDecimal> average(BigDecimal total, long count) {
        return count == 0 ? Optional.empty()
                : Optional.of(total.divide(BigDecimal.valueOf(count), scale, RoundingMode.HALF_UP));
    }
}
