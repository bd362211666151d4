package org.filiere.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether a figure met its target: its value for the target's year stands on the target's side of the threshold,
 * the threshold itself included. A figure without a value that year (an average over nobody) has not met it.
 */
public final class TargetAttainmentPolicy {

    private TargetAttainmentPolicy() {
    }

    public static boolean isMet(IndicatorTarget target, Optional<BigDecimal> value) {
        return value.map(v -> target.comparison().holds(v, target.threshold())).orElse(false);
    }
}
