package org.filiere.training.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.filiere.access.Actor;
import org.filiere.training.ExternalReference;
import org.filiere.training.Formacode;
import org.filiere.training.NsfCode;

/**
 * A course with its sessions as a training organisation's catalogue describes it (an LHEO {@code action}, a CSV
 * row group). Importing it again updates what was imported before, by the organisation's own ids.
 *
 * @param actor        staff, or the import acting for them
 * @param reference    the organisation's SIRET and its own id of the course
 * @param providerName the organisation's name
 * @param title        the course's title
 * @param objectives   its objectives
 * @param hours        its duration in hours, when the catalogue gives it
 * @param formacode    its FORMACODE, if given
 * @param nsfCode      its NSF code, if given
 * @param sessions     its sessions in the catalogue; sessions imported before and no longer listed are closed
 */
public record ProviderCourse(Actor actor, ExternalReference reference, String providerName, String title,
        String objectives, Optional<BigDecimal> hours, Optional<Formacode> formacode, Optional<NsfCode> nsfCode,
        List<ProviderSession> sessions) {

    public ProviderCourse {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(formacode, "formacode");
        Objects.requireNonNull(nsfCode, "nsfCode");
        sessions = List.copyOf(sessions);
    }

    /** A course whose catalogue gives its duration. */
    public ProviderCourse(Actor actor, ExternalReference reference, String providerName, String title,
            String objectives, BigDecimal hours, Optional<Formacode> formacode, Optional<NsfCode> nsfCode,
            List<ProviderSession> sessions) {
        this(actor, reference, providerName, title, objectives, Optional.of(hours), formacode, nsfCode, sessions);
    }
}
