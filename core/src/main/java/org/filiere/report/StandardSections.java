package org.filiere.report;

import java.util.List;

/** The sections every association's report has; features such as events add theirs as {@link SectionFigures}. */
public final class StandardSections {

    /** The bundle of the standard sections' texts: French, with an English {@code _en} bundle. */
    public static final String BUNDLE = "org.filiere.report.figures";

    private StandardSections() {
    }

    /** The standard sections, in order. */
    public static List<SectionDefinition> all() {
        return List.of(MembersSection.definition(), EngagementSection.definition(), TrainingSection.definition(),
                EventsSection.definition(), ProjectsSection.definition(), ProgrammesSection.definition(),
                WatchSection.definition(),
                FundingSection.definition());
    }
}
