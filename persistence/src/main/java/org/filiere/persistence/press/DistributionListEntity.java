package org.filiere.persistence.press;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.filiere.persistence.StoredRecord;

/** Table {@code distribution_list}; who is on it are rows of {@code distribution_list_member}. */
@Entity
@Table(name = "distribution_list")
public class DistributionListEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "name", nullable = false)
    String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "distribution_list_member", joinColumns = @JoinColumn(name = "list_id"))
    @Column(name = "journalist_id", length = 36)
    Set<String> journalists = new HashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "distribution list \"" + name + "\"";
    }
}
