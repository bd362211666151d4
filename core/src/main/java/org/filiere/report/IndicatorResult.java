package org.filiere.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator target as the report's summary shows it: the figure, its value that year, the target and whether it
 * was met.
 *
 * @param target the target
 * @param figure the figure it is set on, both years
 * @param met    whether the figure met it ({@link TargetAttainmentPolicy})
 */
public record IndicatorResult(IndicatorTarget target, Figure figure, boolean met) {

    public IndicatorResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(figure, "figure");
    }

    /** The figure's value in the target's year, if it has one. */
    public Optional<BigDecimal> value() {
        return figure.value();
    }
}
