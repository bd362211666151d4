package org.filiere.report;

import java.math.BigDecimal;

/** How a figure is held against its target. */
public enum Comparison {
    /** The figure must reach the target: at least 140 members. */
    AT_LEAST,
    /** The figure must not exceed the target: at most 30 % of public funding. */
    AT_MOST;

    /** Whether this value stands on the right side of the threshold (the threshold itself included). */
    boolean holds(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return this == AT_LEAST ? c >= 0 : c <= 0;
    }
}
