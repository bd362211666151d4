package org.filiere.report;

import java.util.List;

/** The training section: sessions held, people trained, how full the sessions were and how satisfied attendees were. */
public final class TrainingSection {

    /** The section's key. */
    public static final String KEY = "training";

    public static final String SESSIONS_HELD = "training.sessions_held";
    public static final String SEATS = "training.seats";
    public static final String CONFIRMED = "training.confirmed";
    public static final String TRAINEES = "training.trainees";
    public static final String ATTENDANCES = "training.attendances";
    public static final String TRAINEE_HOURS = "training.trainee_hours";
    public static final String FILL_RATE = "training.fill_rate";
    public static final String ATTENDANCE_RATE = "training.attendance_rate";
    public static final String SATISFACTION = "training.satisfaction";
    public static final String SATISFACTION_ANSWERS = "training.satisfaction_answers";

    private TrainingSection() {
    }

    /** The section: its figures in the order shown, its texts in {@code org.filiere.report.figures}. */
    public static SectionDefinition definition() {
        return new SectionDefinition(KEY, 30, StandardSections.BUNDLE, List.of(
                FigureDefinition.number(SESSIONS_HELD, Unit.COUNT),
                FigureDefinition.number(SEATS, Unit.COUNT),
                FigureDefinition.number(CONFIRMED, Unit.COUNT),
                FigureDefinition.number(TRAINEES, Unit.COUNT),
                FigureDefinition.number(ATTENDANCES, Unit.COUNT),
                FigureDefinition.number(TRAINEE_HOURS, Unit.HOURS),
                FigureDefinition.number(FILL_RATE, Unit.PERCENT),
                FigureDefinition.number(ATTENDANCE_RATE, Unit.PERCENT),
                FigureDefinition.number(SATISFACTION, Unit.SCORE),
                FigureDefinition.number(SATISFACTION_ANSWERS, Unit.COUNT)));
    }
}
