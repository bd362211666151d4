package org.filiere.report;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of an indicator target.
 *
 * @param value a random UUID
 */
public record IndicatorTargetId(UUID value) {

    public IndicatorTargetId {
        if (value == null) {
            throw new IllegalArgumentException("An indicator target id needs a value");
        }
    }

    public static IndicatorTargetId random() {
        return new IndicatorTargetId(UUID.randomUUID());
    }

    public static IndicatorTargetId of(String text) {
        return new IndicatorTargetId(Ids.uuid("An indicator target", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
