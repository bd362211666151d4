package org.filiere.report;

import java.util.List;
import java.util.Objects;

/**
 * One section of the report as readers get it.
 *
 * @param key     the section's key ({@code training})
 * @param title   its title in the report's language
 * @param figures its single figures
 * @param tables  its tables
 */
public record ReportSection(String key, String title, List<Figure> figures, List<FigureTable> tables) {

    public ReportSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
    }
}
