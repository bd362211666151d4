package org.filiere.persistence.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code committee_member}: a person on the labelling committee. */
@Entity
@Table(name = "committee_member")
public class CommitteeMemberEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "kind", nullable = false, length = 30)
    String kind;

    @Column(name = "employer_siren", length = 9)
    String employerSiren;

    @Column(name = "organisation")
    String organisation;

    @Column(name = "active", nullable = false)
    boolean active;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "committee member " + name;
    }
}
