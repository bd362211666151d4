package org.filiere.member;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The rule for lapsing: a company that was a member in the previous year and has neither renewed nor paid its
 * renewal by the grace date of the year lapses.
 *
 * @param graceDay the day of the year after which unrenewed members lapse (for instance 31 March)
 */
public record RenewalGracePolicy(MonthDay graceDay) {

    public RenewalGracePolicy {
        Objects.requireNonNull(graceDay, "graceDay");
    }

    /** The grace date in a given year. */
    public LocalDate graceDate(int year) {
        return graceDay.atYear(year);
    }

    /** Whether, on {@code today}, the member lapses for {@code year}. */
    public boolean lapses(Member member, int year, LocalDate today) {
        if (!today.isAfter(graceDate(year)) || !member.isMemberIn(year - 1)) {
            return false;
        }
        return member.membership(year)
                .map(m -> m.status() == MembershipStatus.ADMITTED && !m.isPaid())
                .orElse(true);
    }
}
