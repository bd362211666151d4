package org.filiere.watch;

/**
 * A problem with one field of a tender notice, reported to staff while the rest of the notice is kept.
 *
 * @param field   the field, as the notice names it ({@code buyer SIRET}, {@code CPV code})
 * @param value   the value as it was written
 * @param problem what is wrong and what was done about it
 */
public record FieldIssue(String field, String value, String problem) {

    @Override
    public String toString() {
        return field + (value == null || value.isEmpty() ? "" : " \"" + value + "\"") + ": " + problem;
    }
}
