package org.filiere.persistence.member;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Table {@code membership}: a member's status and dues for one year, owned by the member row. */
@Entity
@Table(name = "membership")
@IdClass(MembershipEntity.Key.class)
public class MembershipEntity {

    @Id
    @Column(name = "siren", length = 9, insertable = false, updatable = false)
    String siren;

    @Id
    @Column(name = "membership_year")
    int year;

    @ManyToOne(optional = false)
    @JoinColumn(name = "siren", nullable = false)
    MemberEntity member;

    @Column(name = "status", nullable = false, length = 10)
    String status;

    @Column(name = "dues", nullable = false, precision = 12, scale = 2)
    BigDecimal dues;

    @Column(name = "paid_on")
    LocalDate paidOn;

    /** The primary key: SIREN and year. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        String siren;
        int year;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && Objects.equals(k.siren, siren);
        }

        @Override
        public int hashCode() {
            return Objects.hash(siren, year);
        }
    }
}
