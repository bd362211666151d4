package org.filiere.report;

import java.util.List;

/** The collective projects: proposals received, the labelling committee's decisions, and the labelled projects' progress. */
public final class ProjectsSection {

    /** The section's key. */
    public static final String KEY = "projects";

    public static final String PROPOSALS = "projects.proposals";
    public static final String PROPOSALS_BUDGET = "projects.proposals_budget";
    public static final String PROPOSALS_SUPPORT = "projects.proposals_support";
    public static final String LABELLED = "projects.labelled";
    public static final String LABELLED_BUDGET = "projects.labelled_budget";
    public static final String LABELLED_SUPPORT = "projects.labelled_support";
    public static final String REJECTED = "projects.rejected";
    public static final String EXPERIMENTATION = "projects.experimentation";
    public static final String PROTOTYPING = "projects.prototyping";
    public static final String COMPLETED = "projects.completed";

    private ProjectsSection() {
    }

    /** The section: its figures in the order shown, its texts in {@code org.filiere.report.figures}. */
    public static SectionDefinition definition() {
        return new SectionDefinition(KEY, 50, StandardSections.BUNDLE, List.of(
                FigureDefinition.number(PROPOSALS, Unit.COUNT),
                FigureDefinition.number(PROPOSALS_BUDGET, Unit.EUROS),
                FigureDefinition.number(PROPOSALS_SUPPORT, Unit.EUROS),
                FigureDefinition.number(LABELLED, Unit.COUNT),
                FigureDefinition.number(LABELLED_BUDGET, Unit.EUROS),
                FigureDefinition.number(LABELLED_SUPPORT, Unit.EUROS),
                FigureDefinition.number(REJECTED, Unit.COUNT),
                FigureDefinition.number(EXPERIMENTATION, Unit.COUNT),
                FigureDefinition.number(PROTOTYPING, Unit.COUNT),
                FigureDefinition.number(COMPLETED, Unit.COUNT)));
    }
}
