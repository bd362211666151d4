package org.filiere.training;

import java.util.Objects;
import java.util.Optional;

import org.filiere.kernel.TextLimit;
import org.filiere.member.Siret;

/**
 * Who delivers a course: the association itself, or an outside training organisation identified by the SIRET of
 * the establishment that delivers it.
 *
 * @param siret the organisation's SIRET; empty for the association itself
 * @param name  the organisation's name
 */
public record Provider(Optional<Siret> siret, String name) {

    /** The name used for the association when none is given. */
    public static final String ASSOCIATION = "the association";

    public Provider {
        Objects.requireNonNull(siret, "siret");
        name = name == null || name.isBlank() ? (siret.isEmpty() ? ASSOCIATION : "") : name.strip();
        TextLimit.check("Training organisation", "name", name, TextLimit.SHORT);
        if (name.isEmpty()) {
            throw new InvalidTrainingDataException("Training organisation " + siret.get(), "name", "is missing");
        }
    }

    /** The association delivers the course itself. */
    public static Provider association() {
        return new Provider(Optional.empty(), ASSOCIATION);
    }

    /** An outside training organisation. */
    public static Provider organisation(Siret siret, String name) {
        return new Provider(Optional.of(siret), name);
    }

    /** Whether the association delivers the course itself. */
    public boolean isAssociation() {
        return siret.isEmpty();
    }

    @Override
    public String toString() {
        return siret.map(s -> name + " (SIRET " + s + ")").orElse(name);
    }
}
