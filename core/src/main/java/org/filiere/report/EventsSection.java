package org.filiere.report;

import java.util.List;

/**
 * The events section: thematic meetings, speed-meetings and other events held in the year, who came (members and
 * non-members), how satisfied they were, and the one-to-one meetings the speed-meetings arranged.
 */
public final class EventsSection {

    /** The section's key. */
    public static final String KEY = "events";

    public static final String HELD = "events.held";
    public static final String THEMATIC_MEETINGS = "events.thematic_meetings";
    public static final String SPEED_MEETINGS = "events.speed_meetings";
    public static final String REGISTRANTS = "events.registrants";
    public static final String MEMBER_REGISTRANTS = "events.member_registrants";
    public static final String NON_MEMBER_REGISTRANTS = "events.non_member_registrants";
    public static final String MEMBER_SHARE = "events.member_share";
    public static final String ATTENDANCE_RATE = "events.attendance_rate";
    public static final String SATISFACTION = "events.satisfaction";
    public static final String SATISFACTION_ANSWERS = "events.satisfaction_answers";
    public static final String SPEED_PARTICIPANTS = "events.speed_participants";
    public static final String SPEED_MEETINGS_HELD = "events.speed_meetings_held";

    private EventsSection() {
    }

    /** The section: its figures in the order shown, its texts in {@code org.filiere.report.figures}. */
    public static SectionDefinition definition() {
        return new SectionDefinition(KEY, 40, StandardSections.BUNDLE, List.of(
                FigureDefinition.number(HELD, Unit.COUNT),
                FigureDefinition.number(THEMATIC_MEETINGS, Unit.COUNT),
                FigureDefinition.number(SPEED_MEETINGS, Unit.COUNT),
                FigureDefinition.number(REGISTRANTS, Unit.COUNT),
                FigureDefinition.number(MEMBER_REGISTRANTS, Unit.COUNT),
                FigureDefinition.number(NON_MEMBER_REGISTRANTS, Unit.COUNT),
                FigureDefinition.number(MEMBER_SHARE, Unit.PERCENT),
                FigureDefinition.number(ATTENDANCE_RATE, Unit.PERCENT),
                FigureDefinition.number(SATISFACTION, Unit.SCORE),
                FigureDefinition.number(SATISFACTION_ANSWERS, Unit.COUNT),
                FigureDefinition.number(SPEED_PARTICIPANTS, Unit.COUNT),
                FigureDefinition.number(SPEED_MEETINGS_HELD, Unit.COUNT)));
    }
}
