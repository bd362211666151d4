package org.filiere.programme;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.filiere.member.MemberId;

/**
 * A member's enrollment in a partner programme.
 *
 * @param memberId   the member
 * @param memberName the member's name when it applied
 * @param status     where it stands
 * @param appliedOn  the day of the application
 * @param decidedOn  the day it was accepted or refused, if it was
 * @param refusal    the rule that refused it and why, when refused
 * @param outcome    outcome notes (may be empty)
 */
public record Enrollment(MemberId memberId, String memberName, EnrollmentStatus status, LocalDate appliedOn,
        Optional<LocalDate> decidedOn, Optional<EligibilityRefusal> refusal, String outcome) {

    public Enrollment {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(memberName, "memberName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(appliedOn, "appliedOn");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(refusal, "refusal");
        outcome = outcome == null ? "" : outcome.strip();
        if ((status == EnrollmentStatus.REFUSED) != refusal.isPresent()) {
            throw new IllegalArgumentException("An enrollment carries a refusal exactly when it is refused");
        }
    }

    Enrollment with(EnrollmentStatus newStatus, LocalDate on, Optional<EligibilityRefusal> newRefusal) {
        return new Enrollment(memberId, memberName, newStatus, appliedOn, Optional.of(on), newRefusal, outcome);
    }

    Enrollment withOutcome(String newOutcome) {
        return new Enrollment(memberId, memberName, status, appliedOn, decidedOn, refusal, newOutcome);
    }
}
