package org.filiere.persistence.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.persistence.Transactions;
import org.filiere.report.SectionDefinition;
import org.filiere.report.SectionFigures;
import org.filiere.report.TrainingSection;
import org.filiere.report.Unit;
import org.filiere.report.YearFigures;

/**
 * The training section, counted in the database over the sessions held (attendance recorded) that started in the
 * year: seats, confirmed registrations, attendances and their course hours, distinct trainees, satisfaction.
 */
@ApplicationScoped
public class JpaTrainingFigures implements SectionFigures {

    private static final String HELD_IN_YEAR = " s.status = 'HELD' AND s.starts_at >= ? AND s.starts_at < ?";

    private final Transactions transactions;

    @Inject
    public JpaTrainingFigures(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaTrainingFigures() {
        this(null);
    }

    @Override
    public SectionDefinition definition() {
        return TrainingSection.definition();
    }

    @Override
    public YearFigures of(int year) {
        Aggregates db = new Aggregates(transactions.entityManager());
        ReportYear y = new ReportYear(year);
        YearFigures f = new YearFigures(year);
        Object[] sessions = db.row("SELECT COUNT(*), SUM(s.capacity) FROM training_session s WHERE" + HELD_IN_YEAR,
                y.start(), y.end());
        long seats = Aggregates.count(sessions[1]);
        f.put(TrainingSection.SESSIONS_HELD, Aggregates.count(sessions[0]));
        f.put(TrainingSection.SEATS, seats);
        Object[] r = db.row("SELECT SUM(CASE WHEN r.status = 'CONFIRMED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.attendance = 'PRESENT' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.attendance = 'PRESENT' THEN COALESCE(c.duration_hours, 0) ELSE 0 END),"
                + " SUM(CASE WHEN r.attendance = 'PRESENT' AND r.satisfaction_score IS NOT NULL"
                + " THEN r.satisfaction_score ELSE 0 END),"
                + " SUM(CASE WHEN r.attendance = 'PRESENT' AND r.satisfaction_score IS NOT NULL THEN 1 ELSE 0 END)"
                + " FROM training_registration r JOIN training_session s ON s.id = r.session_id"
                + " JOIN training_course c ON c.id = s.course_id WHERE" + HELD_IN_YEAR, y.start(), y.end());
        long confirmed = Aggregates.count(r[0]);
        long attendances = Aggregates.count(r[1]);
        long answers = Aggregates.count(r[4]);
        f.put(TrainingSection.CONFIRMED, confirmed);
        f.put(TrainingSection.ATTENDANCES, attendances);
        f.put(TrainingSection.TRAINEE_HOURS, Aggregates.number(r[2]));
        f.put(TrainingSection.SATISFACTION, Unit.SCORE.average(Aggregates.number(r[3]), answers));
        f.put(TrainingSection.SATISFACTION_ANSWERS, answers);
        f.put(TrainingSection.FILL_RATE, Unit.percent(confirmed, seats));
        f.put(TrainingSection.ATTENDANCE_RATE, Unit.percent(attendances, confirmed));
        f.put(TrainingSection.TRAINEES, Aggregates.count(db.number("SELECT COUNT(DISTINCT LOWER(r.email))"
                + " FROM training_registration r JOIN training_session s ON s.id = r.session_id"
                + " WHERE r.attendance = 'PRESENT' AND" + HELD_IN_YEAR, y.start(), y.end())));
        return f;
    }
}
