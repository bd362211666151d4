package org.filiere.report;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a section's figure is: its key, its unit and whether it is one number or a table of rows (members by
 * sector, say). Its label and the definition of what it counts are texts of the section's bundle, under
 * {@code <key>.label} and {@code <key>.definition}.
 *
 * @param key   a stable key, lower case, dotted by section ({@code members.active})
 * @param unit  the unit of its numbers
 * @param table whether it is a table of rows rather than one number
 */
public record FigureDefinition(String key, Unit unit, boolean table) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");

    public FigureDefinition {
        Objects.requireNonNull(unit, "unit");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A figure key is lower case and dotted by section, such as"
                    + " members.active, not '" + key + "'");
        }
    }

    /** A figure that is one number. */
    public static FigureDefinition number(String key, Unit unit) {
        return new FigureDefinition(key, unit, false);
    }

    /** A figure that is a table of rows. */
    public static FigureDefinition table(String key, Unit unit) {
        return new FigureDefinition(key, unit, true);
    }
}
