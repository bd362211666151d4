package org.filiere.programme;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a cooperation agreement.
 *
 * @param value a random UUID
 */
public record AgreementId(UUID value) {

    public AgreementId {
        if (value == null) {
            throw new IllegalArgumentException("A cooperation agreement id needs a value");
        }
    }

    public static AgreementId random() {
        return new AgreementId(UUID.randomUUID());
    }

    public static AgreementId of(String text) {
        return new AgreementId(Ids.uuid("A cooperation agreement", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
