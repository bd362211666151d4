package org.filiere.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a table figure for a year.
 *
 * @param item  the row's stable key ({@code 38}, {@code software-publishing}, {@code 38185})
 * @param label the row as people read it when the bundle has no text for it ({@code Grenoble})
 * @param value its number
 */
public record TableRow(String item, String label, BigDecimal value) {

    public TableRow {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(value, "value");
        label = label == null || label.isBlank() ? item : label;
    }
}
