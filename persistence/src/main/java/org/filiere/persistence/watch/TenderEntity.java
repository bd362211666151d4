package org.filiere.persistence.watch;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.filiere.persistence.StoredRecord;

/** Table {@code tender}: one row per call for tender, unique by source and reference; its CPV codes are rows it owns. */
@Entity
@Table(name = "tender")
public class TenderEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "source", nullable = false, length = 100)
    String source;

    @Column(name = "reference", nullable = false, length = 255)
    String reference;

    @Column(name = "buyer_name", length = 500)
    String buyerName;

    @Column(name = "buyer_siret", length = 14)
    String buyerSiret;

    @Column(name = "title", nullable = false, length = 1000)
    String title;

    @Lob
    @Column(name = "description")
    String description;

    @Column(name = "department", length = 3)
    String department;

    @Column(name = "postcode", length = 5)
    String postcode;

    @Column(name = "value_amount", precision = 18, scale = 2)
    BigDecimal valueAmount;

    @Column(name = "value_currency", length = 3)
    String valueCurrency;

    @Column(name = "published_on")
    LocalDate publishedOn;

    @Column(name = "deadline")
    Instant deadline;

    @Column(name = "url", length = 2000)
    String url;

    @Column(name = "received_at", nullable = false)
    Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @OneToMany(mappedBy = "tender", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("order")
    @BatchFetch(BatchFetchType.IN)
    List<TenderCpvEntity> cpvCodes = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "tender " + source + "/" + reference;
    }
}
