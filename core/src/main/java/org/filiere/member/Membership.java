package org.filiere.member;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.filiere.kernel.InvalidFieldException;

/**
 * A member's membership for one calendar year: its status, its dues and when they were paid.
 *
 * @param year   the calendar year
 * @param status where the member stands
 * @param dues   the fee for the year
 * @param paidOn the day the dues were paid, if they were
 */
public record Membership(int year, MembershipStatus status, Dues dues, Optional<LocalDate> paidOn) {

    public Membership {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dues, "dues");
        Objects.requireNonNull(paidOn, "paidOn");
        if (year < 1900 || year > 9999) {
            throw new InvalidFieldException("A membership", "year", "is not a membership year: " + year);
        }
    }

    public boolean isPaid() {
        return paidOn.isPresent();
    }

    Membership with(MembershipStatus newStatus) {
        return new Membership(year, newStatus, dues, paidOn);
    }

    Membership paid(LocalDate on) {
        return new Membership(year, MembershipStatus.ACTIVE, dues, Optional.of(on));
    }
}
