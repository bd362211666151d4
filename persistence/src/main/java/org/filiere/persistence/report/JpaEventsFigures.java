package org.filiere.persistence.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.persistence.Transactions;
import org.filiere.report.EventsSection;
import org.filiere.report.SectionDefinition;
import org.filiere.report.SectionFigures;
import org.filiere.report.Unit;
import org.filiere.report.YearFigures;

/**
 * The events section, counted in the database over the events of the year whose attendance was recorded (status
 * held): events by kind, confirmed registrations at the member and non-member rates, attendances, feedback, and the
 * speed-meetings' participants and scheduled meetings.
 */
@ApplicationScoped
public class JpaEventsFigures implements SectionFigures {

    private static final String HELD_IN_YEAR = " e.status = 'HELD' AND e.event_year = ?";

    private final Transactions transactions;

    @Inject
    public JpaEventsFigures(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaEventsFigures() {
        this(null);
    }

    @Override
    public SectionDefinition definition() {
        return EventsSection.definition();
    }

    @Override
    public YearFigures of(int year) {
        Aggregates db = new Aggregates(transactions.entityManager());
        YearFigures f = new YearFigures(year);
        Object[] events = db.row("SELECT COUNT(*),"
                + " SUM(CASE WHEN e.kind = 'THEMATIC_MEETING' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN e.kind = 'SPEED_MEETING' THEN 1 ELSE 0 END)"
                + " FROM cluster_event e WHERE" + HELD_IN_YEAR, year);
        f.put(EventsSection.HELD, Aggregates.count(events[0]));
        f.put(EventsSection.THEMATIC_MEETINGS, Aggregates.count(events[1]));
        f.put(EventsSection.SPEED_MEETINGS, Aggregates.count(events[2]));
        Object[] r = db.row("SELECT COUNT(*),"
                + " SUM(CASE WHEN r.member_rate = TRUE THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.attendance = 'PRESENT' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.feedback_score IS NOT NULL THEN r.feedback_score ELSE 0 END),"
                + " SUM(CASE WHEN r.feedback_score IS NOT NULL THEN 1 ELSE 0 END)"
                + " FROM event_registration r JOIN cluster_event e ON e.id = r.event_id"
                + " WHERE r.status = 'CONFIRMED' AND" + HELD_IN_YEAR, year);
        long registrants = Aggregates.count(r[0]);
        long members = Aggregates.count(r[1]);
        long present = Aggregates.count(r[2]);
        long answers = Aggregates.count(r[4]);
        f.put(EventsSection.REGISTRANTS, registrants);
        f.put(EventsSection.MEMBER_REGISTRANTS, members);
        f.put(EventsSection.NON_MEMBER_REGISTRANTS, registrants - members);
        f.put(EventsSection.MEMBER_SHARE, Unit.percent(members, registrants));
        f.put(EventsSection.ATTENDANCE_RATE, Unit.percent(present, registrants));
        f.put(EventsSection.SATISFACTION, Unit.SCORE.average(Aggregates.number(r[3]), answers));
        f.put(EventsSection.SATISFACTION_ANSWERS, answers);
        f.put(EventsSection.SPEED_PARTICIPANTS, Aggregates.count(db.number("SELECT COUNT(*) FROM speed_participant p"
                + " JOIN cluster_event e ON e.id = p.event_id WHERE p.left_at IS NULL AND" + HELD_IN_YEAR, year)));
        f.put(EventsSection.SPEED_MEETINGS_HELD, Aggregates.count(db.number("SELECT COUNT(*) FROM speed_request q"
                + " JOIN cluster_event e ON e.id = q.event_id WHERE q.status = 'ACCEPTED' AND q.round_no IS NOT NULL"
                + " AND" + HELD_IN_YEAR, year)));
        return f;
    }
}
