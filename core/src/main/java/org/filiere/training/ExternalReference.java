package org.filiere.training;

import java.util.Objects;

import org.filiere.member.Siret;

/**
 * How a training organisation names a course or a session in its own catalogue: its SIRET and its own id. A
 * catalogue imported again finds its courses and sessions by it, so nothing is duplicated.
 *
 * @param provider the SIRET of the organisation whose catalogue it is
 * @param id       the organisation's own id of the course or session
 */
public record ExternalReference(Siret provider, String id) {

    /** The longest provider id stored. */
    public static final int MAX_ID_LENGTH = 100;

    public ExternalReference {
        Objects.requireNonNull(provider, "provider");
        id = id == null ? "" : id.strip();
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw new InvalidTrainingDataException("Reference in the catalogue of " + provider, "id",
                    id.isEmpty() ? "is missing" : "is longer than " + MAX_ID_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return provider + "/" + id;
    }
}
