package org.filiere.report;

import java.util.List;

/** Partner programmes run with other clusters and bodies, their enrollments, and the cooperation agreements. */
public final class ProgrammesSection {

    /** The section's key. */
    public static final String KEY = "programmes";

    public static final String RUNNING = "programmes.running";
    public static final String PLACES = "programmes.places";
    public static final String APPLICATIONS = "programmes.applications";
    public static final String ACCEPTED = "programmes.accepted";
    public static final String COMPLETED = "programmes.completed";
    public static final String REFUSED = "programmes.refused";
    public static final String PENDING = "programmes.pending";
    public static final String AGREEMENTS_IN_FORCE = "cooperation.agreements_in_force";
    public static final String AGREEMENTS_SIGNED = "cooperation.agreements_signed";

    private ProgrammesSection() {
    }

    /** The section: its figures in the order shown, its texts in {@code org.filiere.report.figures}. */
    public static SectionDefinition definition() {
        return new SectionDefinition(KEY, 60, StandardSections.BUNDLE, List.of(
                FigureDefinition.number(RUNNING, Unit.COUNT),
                FigureDefinition.number(PLACES, Unit.COUNT),
                FigureDefinition.number(APPLICATIONS, Unit.COUNT),
                FigureDefinition.number(ACCEPTED, Unit.COUNT),
                FigureDefinition.number(COMPLETED, Unit.COUNT),
                FigureDefinition.number(REFUSED, Unit.COUNT),
                FigureDefinition.number(PENDING, Unit.COUNT),
                FigureDefinition.number(AGREEMENTS_IN_FORCE, Unit.COUNT),
                FigureDefinition.number(AGREEMENTS_SIGNED, Unit.COUNT)));
    }
}
