package org.filiere.persistence.watch;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Table {@code digest_entry}: a tender as it was sent in a digest. Its unique key (member, tender) is the rule that
 * a member never gets the same tender twice. The reasons are kept one a line, as {@code KIND:criterion}.
 */
@Entity
@Table(name = "digest_entry")
@IdClass(DigestEntryEntity.Key.class)
public class DigestEntryEntity {

    @Id
    @Column(name = "digest_id", length = 36, insertable = false, updatable = false)
    String digestId;

    @Id
    @Column(name = "tender_source", length = 100)
    String tenderSource;

    @Id
    @Column(name = "tender_reference", length = 255)
    String tenderReference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "digest_id", nullable = false)
    DigestEntity digest;

    @Column(name = "siren", nullable = false, length = 9)
    String siren;

    @Column(name = "title", nullable = false, length = 1000)
    String title;

    @Column(name = "buyer", nullable = false, length = 500)
    String buyer;

    @Column(name = "department", length = 3)
    String department;

    @Column(name = "postcode", length = 5)
    String postcode;

    @Column(name = "value_amount", precision = 18, scale = 2)
    BigDecimal valueAmount;

    @Column(name = "value_currency", length = 3)
    String valueCurrency;

    @Column(name = "deadline")
    Instant deadline;

    @Column(name = "url", length = 2000)
    String url;

    @Column(name = "reasons", nullable = false, length = 2000)
    String reasons;

    /** The primary key: digest and tender. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String digestId;
        String tenderSource;
        String tenderReference;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.digestId, digestId)
                    && Objects.equals(k.tenderSource, tenderSource) && Objects.equals(k.tenderReference, tenderReference);
        }

        @Override
        public int hashCode() {
            return Objects.hash(digestId, tenderSource, tenderReference);
        }
    }
}
