package org.filiere.persistence.member;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.filiere.persistence.StoredRecord;

/** Table {@code member}: one row per member, establishments and memberships in their own tables. */
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

    @ElementCollection
    @CollectionTable(name = "establishment", joinColumns = @JoinColumn(name = "siren"))
    @BatchFetch(BatchFetchType.IN)
    List<EstablishmentRow> establishments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "membership", joinColumns = @JoinColumn(name = "siren"))
    @BatchFetch(BatchFetchType.IN)
    List<MembershipRow> memberships = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "member " + siren + " (" + name + ")";
    }
}
