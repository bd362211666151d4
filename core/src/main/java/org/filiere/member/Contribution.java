package org.filiere.member;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.filiere.kernel.InvalidFieldException;

/**
 * Days a member gave to the association's work on a given day.
 *
 * @param id          identity
 * @param memberId    the member
 * @param on          the day of the work
 * @param kind        what kind of work
 * @param days        how many days (half days allowed), more than zero
 * @param description what it was
 */
public record Contribution(UUID id, MemberId memberId, LocalDate on, ContributionKind kind, BigDecimal days,
        String description) {

    private static final BigDecimal MAX_DAYS = new BigDecimal("366");

    public Contribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(kind, "kind");
        if (days == null || days.signum() <= 0 || days.compareTo(MAX_DAYS) > 0) {
            throw new InvalidFieldException("A contribution", "days", "are more than zero and at most a year, not "
                    + (days == null ? "nothing" : days.toPlainString()));
        }
        if (days.stripTrailingZeros().scale() > 1) {
            throw new InvalidFieldException("A contribution", "days",
                    "are counted in tenths at most, not " + days.toPlainString());
        }
        days = days.setScale(1);
        description = description == null ? "" : description.strip();
    }

    public int year() {
        return on.getYear();
    }
}
