package org.filiere.persistence.member;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Table {@code establishment}: a member's sites. */
@Embeddable
public class EstablishmentRow {

    @Column(name = "siret", nullable = false, length = 14)
    String siret;

    @Column(name = "name")
    String name;

    @Column(name = "street")
    String street;

    @Column(name = "postcode", nullable = false, length = 5)
    String postcode;

    @Column(name = "commune", nullable = false)
    String commune;

    @Column(name = "insee_code", nullable = false, length = 5)
    String inseeCode;

    @Column(name = "head_office", nullable = false)
    boolean headOffice;

    @Override
    public boolean equals(Object o) {
        return o instanceof EstablishmentRow other && Objects.equals(siret, other.siret)
                && Objects.equals(name, other.name) && Objects.equals(street, other.street)
                && Objects.equals(postcode, other.postcode) && Objects.equals(commune, other.commune)
                && Objects.equals(inseeCode, other.inseeCode) && headOffice == other.headOffice;
    }

    @Override
    public int hashCode() {
        return Objects.hash(siret);
    }
}
