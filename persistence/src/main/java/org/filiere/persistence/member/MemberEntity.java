package org.filiere.persistence.member;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.filiere.persistence.StoredRecord;

/** Table {@code member}: one row per member; its establishments and memberships are rows it owns. */
@Entity
@Table(name = "member")
public class MemberEntity implements StoredRecord {

    @Id
    @Column(name = "siren", length = 9)
    String siren;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "naf_code", nullable = false, length = 6)
    String nafCode;

    @Column(name = "street")
    String street;

    @Column(name = "postcode", nullable = false, length = 5)
    String postcode;

    @Column(name = "commune", nullable = false)
    String commune;

    @Column(name = "insee_code", nullable = false, length = 5)
    String inseeCode;

    @Column(name = "department", nullable = false, length = 3)
    String department;

    @Column(name = "size_band", nullable = false, length = 2)
    String sizeBand;

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("siret")
    @BatchFetch(BatchFetchType.IN)
    List<EstablishmentEntity> establishments = new ArrayList<>();

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year")
    @BatchFetch(BatchFetchType.IN)
    List<MembershipEntity> memberships = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "member " + siren + " (" + name + ")";
    }
}
