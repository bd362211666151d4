package org.filiere.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One figure of the report, for the report year and the year before.
 *
 * @param key        its stable key ({@code members.active}; a table's row adds the row's key)
 * @param label      its name in the report's language
 * @param definition what it counts, in the report's language
 * @param unit       its unit
 * @param value      its value in the report year, if it has one
 * @param previous   its value in the year before, if it has one
 */
public record Figure(String key, String label, String definition, Unit unit, Optional<BigDecimal> value,
        Optional<BigDecimal> previous) {

    public Figure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        definition = definition == null ? "" : definition;
        Objects.requireNonNull(unit, "unit");
        value = value.map(unit::rounded);
        previous = previous.map(unit::rounded);
    }

    /** The value minus the year before's (points for a percentage), when both years have a value. */
    public Optional<BigDecimal> change() {
        return value.isPresent() && previous.isPresent() ? Optional.of(value.get().subtract(previous.get()))
                : Optional.empty();
    }
}
