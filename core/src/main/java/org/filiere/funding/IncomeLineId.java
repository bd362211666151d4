package org.filiere.funding;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of an income line.
 *
 * @param value a random UUID
 */
public record IncomeLineId(UUID value) {

    public IncomeLineId {
        if (value == null) {
            throw new IllegalArgumentException("An income line id needs a value");
        }
    }

    public static IncomeLineId random() {
        return new IncomeLineId(UUID.randomUUID());
    }

    public static IncomeLineId of(String text) {
        return new IncomeLineId(Ids.uuid("An income line", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
