package org.filiere.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The training figures of a year, for the activity report: the sessions held that year, the people trained and
 * their hours, how full sessions were and how satisfied attendees were.
 *
 * @param year                the year
 * @param sessionsHeld        sessions held (attendance recorded) that started that year
 * @param trainees            distinct people who attended at least one of them
 * @param attendances         attendances (one per person and session)
 * @param traineeHours        the course hours of every attendance, added up (a course whose catalogue gave
 *                            no duration counts none)
 * @param fillRate            confirmed registrations per hundred seats over the held sessions
 * @param attendanceRate      attendances per hundred confirmed registrations
 * @param averageSatisfaction the mean score (1 to 5) over every answer, two decimals, if any
 * @param satisfactionAnswers how many attendees gave a score
 */
public record TrainingFigures(int year, int sessionsHeld, int trainees, long attendances, BigDecimal traineeHours,
        BigDecimal fillRate, BigDecimal attendanceRate, Optional<BigDecimal> averageSatisfaction,
        int satisfactionAnswers) {

    /**
     * Computes the figures of a year.
     *
     * @param year     the year
     * @param sessions sessions of any status; only the held ones starting that year count
     * @param courses  their courses, by id
     */
    public static TrainingFigures of(int year, List<Session> sessions, Map<CourseId, Course> courses) {
        List<Session> held = sessions.stream()
                .filter(s -> s.status() == SessionStatus.HELD && s.schedule().year() == year).toList();
        Set<String> people = new HashSet<>();
        long attendances = 0;
        long confirmed = 0;
        long seats = 0;
        long scoreSum = 0;
        int answers = 0;
        BigDecimal hours = BigDecimal.ZERO;
        for (Session s : held) {
            BigDecimal courseHours = courseOf(s, courses).hours().orElse(BigDecimal.ZERO);
            seats += s.capacity();
            confirmed += s.confirmedCount();
            for (Registration r : s.registrations()) {
                if (r.attended()) {
                    attendances++;
                    people.add(r.participant().personKey());
                    hours = hours.add(courseHours);
                    if (r.satisfaction().isPresent()) {
                        scoreSum += r.satisfaction().get().score();
                        answers++;
                    }
                }
            }
        }
        Optional<BigDecimal> satisfaction = answers == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(scoreSum)
                        .divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP));
        return new TrainingFigures(year, held.size(), people.size(), attendances, hours.setScale(1),
                Session.percent(confirmed, seats), Session.percent(attendances, confirmed), satisfaction, answers);
    }

    static Course courseOf(Session s, Map<CourseId, Course> courses) {
        Course course = courses.get(s.courseId());
        if (course == null) {
            throw new UnknownCourseException(s.courseId());
        }
        return course;
    }
}
