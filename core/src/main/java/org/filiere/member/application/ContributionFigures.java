package org.filiere.member.application;

import java.math.BigDecimal;

/**
 * Contribution figures for a year.
 *
 * @param year                 the year
 * @param members              companies that were members that year
 * @param contributors         those of them that gave at least some time
 * @param totalDays            days given by members
 * @param averageDaysPerMember total days divided by members, one decimal
 */
public record ContributionFigures(int year, long members, long contributors, BigDecimal totalDays,
        BigDecimal averageDaysPerMember) {
}
