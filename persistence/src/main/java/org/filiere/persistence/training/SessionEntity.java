package org.filiere.persistence.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * Table {@code training_session}: one lean row per session (no list in it) with the counts of its confirmed and
 * waitlisted registrations; its speakers and registrations are rows of their own tables that it owns.
 */
@Entity
@Table(name = "training_session")
public class SessionEntity implements StoredRecord {

    @Id
    @Column(name = "id", length = 36)
    String id;

    @Column(name = "course_id", nullable = false, length = 36)
    String courseId;

    @Column(name = "starts_at", nullable = false)
    LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    LocalDateTime endsAt;

    @Column(name = "venue_name", nullable = false)
    String venueName;

    @Column(name = "venue_street")
    String venueStreet;

    @Column(name = "venue_postcode", length = 5)
    String venuePostcode;

    @Column(name = "venue_commune", nullable = false)
    String venueCommune;

    @Column(name = "capacity", nullable = false)
    int capacity;

    @Column(name = "price_members", nullable = false, precision = 10, scale = 2)
    BigDecimal priceMembers;

    @Column(name = "price_non_members", nullable = false, precision = 10, scale = 2)
    BigDecimal priceNonMembers;

    @Column(name = "registration_deadline", nullable = false)
    LocalDate registrationDeadline;

    @Column(name = "status", nullable = false, length = 10)
    String status;

    @Column(name = "sequence_number", nullable = false)
    int sequence;

    @Column(name = "cancellation_reason", length = 500)
    String cancellationReason;

    /** How many registrations are confirmed, kept with the registrations for the session lists. */
    @Column(name = "confirmed_count", nullable = false)
    int confirmedCount;

    /** How many registrations are waitlisted, kept with the registrations for the session lists. */
    @Column(name = "waitlisted_count", nullable = false)
    int waitlistedCount;

    @Column(name = "ext_siret", length = 14)
    String externalSiret;

    @Column(name = "ext_id", length = 100)
    String externalId;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    List<SpeakerEntity> speakers = new ArrayList<>();

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("arrival")
    @BatchFetch(BatchFetchType.IN)
    List<RegistrationEntity> registrations = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    long version;

    @Override
    public String recordName() {
        return "training session of " + startsAt + " at " + venueName + ", " + venueCommune;
    }
}
