package org.filiere.persistence.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code establishment}: a member's sites, owned by the member row. */
@Entity
@Table(name = "establishment")
public class EstablishmentEntity {

    @Id
    @Column(name = "siret", length = 14)
    String siret;

    @ManyToOne(optional = false)
    @JoinColumn(name = "siren", nullable = false)
    MemberEntity member;

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
}
