package org.filiere.member.application;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.filiere.member.MembershipStatus;
import org.filiere.member.SectorFamily;

/**
 * Membership figures for one year, as the activity report gives them.
 *
 * @param year             the year
 * @param members          companies that were members (admitted or active)
 * @param previousMembers  the same count for the year before
 * @param growthPercent    growth over the year before, in percent with one decimal; empty when there were none
 * @param bySector         members by sector family
 * @param byDepartment     members by department
 * @param byCommune        members by commune name
 * @param byStatus         every company with a membership that year, by status
 * @param countsByYear     members per year, for every year on record
 */
public record MembershipFigures(int year, long members, long previousMembers, Optional<BigDecimal> growthPercent,
        Map<SectorFamily, Long> bySector, SortedMap<String, Long> byDepartment, SortedMap<String, Long> byCommune,
        Map<MembershipStatus, Long> byStatus, SortedMap<Integer, Long> countsByYear) {
}
