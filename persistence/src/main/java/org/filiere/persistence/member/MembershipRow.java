package org.filiere.persistence.member;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Table {@code membership}: a member's status and dues for one year. */
@Embeddable
public class MembershipRow {

    @Column(name = "membership_year", nullable = false)
    int year;

    @Column(name = "status", nullable = false, length = 10)
    String status;

    @Column(name = "dues", nullable = false, precision = 12, scale = 2)
    BigDecimal dues;

    @Column(name = "paid_on")
    LocalDate paidOn;

    @Override
    public boolean equals(Object o) {
        return o instanceof MembershipRow other && year == other.year && Objects.equals(status, other.status)
                && dues.compareTo(other.dues) == 0 && Objects.equals(paidOn, other.paidOn);
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(year);
    }
}
