package org.filiere.member;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.filiere.kernel.InvalidFieldException;

/**
 * What a staff member looks for among members. Every criterion left empty matches everything.
 *
 * @param year       the membership year; with no status, any membership in that year matches
 * @param statuses   the statuses wanted in {@code year}
 * @param department the department (two or three characters)
 * @param inseeCode  the commune's INSEE code
 * @param activities the NAF codes wanted (a sector family expands to its codes)
 */
public record MemberQuery(Optional<Integer> year, Set<MembershipStatus> statuses, Optional<String> department,
        Optional<String> inseeCode, Set<NafCode> activities) {

    public MemberQuery {
        Objects.requireNonNull(year, "year");
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(inseeCode, "inseeCode");
        activities = Set.copyOf(activities);
        if (!statuses.isEmpty() && year.isEmpty()) {
            throw new InvalidFieldException("A member search", "year", "is missing: a status is looked for in a year");
        }
    }

    /** Every member. */
    public static MemberQuery all() {
        return new MemberQuery(Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), Set.of());
    }

    /** Members with any membership in that year. */
    public MemberQuery inYear(int y) {
        return new MemberQuery(Optional.of(y), statuses, department, inseeCode, activities);
    }

    /** Members with one of these statuses in the query's year. */
    public MemberQuery withStatus(MembershipStatus... wanted) {
        return new MemberQuery(year, Set.of(wanted), department, inseeCode, activities);
    }

    /** Members whose address is in that department. */
    public MemberQuery inDepartment(String d) {
        return new MemberQuery(year, statuses, Optional.of(d), inseeCode, activities);
    }

    /** Members whose address is in that commune. */
    public MemberQuery inCommune(String code) {
        return new MemberQuery(year, statuses, department, Optional.of(code), activities);
    }

    /** Members with one of these activity codes. */
    public MemberQuery withActivities(Set<NafCode> codes) {
        return new MemberQuery(year, statuses, department, inseeCode, codes);
    }

    /** Whether a member matches; the reference for every implementation of {@link Members#find(MemberQuery)}. */
    public boolean matches(Member member) {
        if (year.isPresent()) {
            Optional<MembershipStatus> status = member.statusIn(year.get());
            if (status.isEmpty() || (!statuses.isEmpty() && !statuses.contains(status.get()))) {
                return false;
            }
        }
        return department.map(d -> d.equals(member.address().department())).orElse(true)
                && inseeCode.map(c -> c.equals(member.address().inseeCode())).orElse(true)
                && (activities.isEmpty() || activities.contains(member.activity()));
    }
}
