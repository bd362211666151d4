package org.filiere.persistence.event;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.filiere.persistence.StoredRecord;

/** Table {@code cluster_event}: one row per event; its partners and registrations are rows of their own tables. */
@Entity
@Table(name = "cluster_event")
public class EventEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "kind", nullable = false, length = 20)
    String kind;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "description", length = 4000)
    String description;

    @Column(name = "theme")
    String theme;

    @Column(name = "venue_name", nullable = false)
    String venueName;

    @Column(name = "venue_street")
    String venueStreet;

    @Column(name = "venue_postcode", length = 5)
    String venuePostcode;

    @Column(name = "venue_commune", nullable = false)
    String venueCommune;

    @Column(name = "starts_at", nullable = false)
    LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    LocalDateTime endsAt;

    @Column(name = "event_year", nullable = false)
    int year;

    @Column(name = "capacity", nullable = false)
    int capacity;

    @Column(name = "price_members", nullable = false, precision = 10, scale = 2)
    BigDecimal priceMembers;

    @Column(name = "price_non_members", nullable = false, precision = 10, scale = 2)
    BigDecimal priceNonMembers;

    @Column(name = "organiser", nullable = false)
    String organiser;

    @Column(name = "status", nullable = false, length = 12)
    String status;

    @Column(name = "sequence_number", nullable = false)
    int sequence;

    @Column(name = "cancellation_reason", length = 2000)
    String cancellationReason;

    @ElementCollection
    @CollectionTable(name = "event_partner", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "partner_order")
    @Column(name = "partner_id", length = 36)
    List<String> partners = new ArrayList<>();

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("arrival")
    @BatchFetch(BatchFetchType.IN)
    List<EventRegistrationEntity> registrations = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "event \"" + title + "\" of " + startsAt;
    }
}
