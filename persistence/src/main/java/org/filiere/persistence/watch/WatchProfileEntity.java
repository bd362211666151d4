package org.filiere.persistence.watch;

import java.math.BigDecimal;
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

/**
 * Table {@code watch_profile}: a member's watch profile; its keywords, phrases, excluded words, CPV codes, places
 * and recipients are item rows it owns.
 */
@Entity
@Table(name = "watch_profile")
public class WatchProfileEntity implements StoredRecord {

    @Id
    @Column(name = "siren", length = 9)
    String siren;

    @Column(name = "active", nullable = false)
    boolean active;

    @Column(name = "min_value", precision = 18, scale = 2)
    BigDecimal minValue;

    @Column(name = "max_value", precision = 18, scale = 2)
    BigDecimal maxValue;

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, order")
    @BatchFetch(BatchFetchType.IN)
    List<WatchProfileItemEntity> items = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "watch profile of member " + siren;
    }
}
