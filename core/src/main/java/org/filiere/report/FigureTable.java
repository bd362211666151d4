package org.filiere.report;

import java.util.List;
import java.util.Objects;

/**
 * A figure made of rows (members by sector, income by source), each row a {@link Figure} for both years.
 *
 * @param key        its stable key ({@code members.by_sector}); each row's key is this key, a dot and the row's
 * @param label      its name in the report's language
 * @param definition what it counts, in the report's language
 * @param unit       the unit of its rows
 * @param rows       its rows, in the order the section gave them
 */
public record FigureTable(String key, String label, String definition, Unit unit, List<Figure> rows) {

    public FigureTable {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        definition = definition == null ? "" : definition;
        Objects.requireNonNull(unit, "unit");
        rows = List.copyOf(rows);
    }
}
