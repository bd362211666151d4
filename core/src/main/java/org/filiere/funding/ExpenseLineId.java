package org.filiere.funding;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of an expense line.
 *
 * @param value a random UUID
 */
public record ExpenseLineId(UUID value) {

    public ExpenseLineId {
        if (value == null) {
            throw new IllegalArgumentException("An expense line id needs a value");
        }
    }

    public static ExpenseLineId random() {
        return new ExpenseLineId(UUID.randomUUID());
    }

    public static ExpenseLineId of(String text) {
        return new ExpenseLineId(Ids.uuid("An expense line", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
