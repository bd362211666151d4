package org.filiere.member;

import java.util.Objects;

/**
 * A site of a member (établissement), identified by its SIRET.
 *
 * @param siret      its SIRET, whose SIREN is the member's
 * @param name       the site's usual name
 * @param address    where it is
 * @param headOffice whether it is the head office (siège)
 */
public record Establishment(Siret siret, String name, Address address, boolean headOffice) {

    public Establishment {
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(address, "address");
        name = name == null ? "" : name.strip();
    }
}
