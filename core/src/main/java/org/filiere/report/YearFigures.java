package org.filiere.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A section's figures for one year, as its queries computed them: numbers by figure key, and table rows. */
public final class YearFigures {

    private final int year;
    private final Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    private final Map<String, List<TableRow>> tables = new LinkedHashMap<>();

    public YearFigures(int year) {
        this.year = year;
    }

    public int year() {
        return year;
    }

    /** Sets a figure; {@code null} means it has no value that year. */
    public YearFigures put(String key, BigDecimal value) {
        numbers.put(key, value);
        return this;
    }

    /** Sets a figure that may have no value that year. */
    public YearFigures put(String key, Optional<BigDecimal> value) {
        return put(key, value.orElse(null));
    }

    /** Sets a counted figure. */
    public YearFigures put(String key, long value) {
        return put(key, BigDecimal.valueOf(value));
    }

    /** Adds a row to a table figure. */
    public YearFigures row(String tableKey, String item, String label, BigDecimal value) {
        tables.computeIfAbsent(tableKey, k -> new ArrayList<>()).add(new TableRow(item, label, value));
        return this;
    }

    /** Adds a counted row to a table figure. */
    public YearFigures row(String tableKey, String item, String label, long value) {
        return row(tableKey, item, label, BigDecimal.valueOf(value));
    }

    /** A figure's value, if it has one. */
    public Optional<BigDecimal> number(String key) {
        return Optional.ofNullable(numbers.get(key));
    }

    /** A table figure's rows, in the order they were added. */
    public List<TableRow> rows(String tableKey) {
        return Collections.unmodifiableList(tables.getOrDefault(tableKey, List.of()));
    }

    @Override
    public String toString() {
        return "YearFigures[" + year + " " + numbers + " " + tables + "]";
    }
}
