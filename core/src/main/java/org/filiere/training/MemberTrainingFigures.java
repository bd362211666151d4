package org.filiere.training;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.filiere.member.MemberId;

/**
 * What a member's staff took from the association's training in a year.
 *
 * @param memberId    the member
 * @param year        the year
 * @param trainees    distinct people of the member who attended at least one held session
 * @param attendances their attendances (one per person and session)
 * @param hours       the course hours of those attendances, added up
 */
public record MemberTrainingFigures(MemberId memberId, int year, int trainees, long attendances, BigDecimal hours) {

    /**
     * Computes a member's figures for a year.
     *
     * @param sessions sessions of any status; only the held ones starting that year count
     * @param courses  their courses, by id
     */
    public static MemberTrainingFigures of(MemberId memberId, int year, List<Session> sessions,
            Map<CourseId, Course> courses) {
        Set<String> people = new HashSet<>();
        long attendances = 0;
        BigDecimal hours = BigDecimal.ZERO;
        for (Session s : sessions) {
            if (s.status() != SessionStatus.HELD || s.schedule().year() != year) {
                continue;
            }
            for (Registration r : s.registrations()) {
                if (r.attended() && r.participant().employer().filter(memberId::equals).isPresent()) {
                    attendances++;
                    people.add(r.participant().personKey());
                    hours = hours.add(TrainingFigures.courseOf(s, courses).hours().orElse(BigDecimal.ZERO));
                }
            }
        }
        return new MemberTrainingFigures(memberId, year, people.size(), attendances, hours.setScale(1));
    }
}
