package org.filiere.report;

import java.util.List;

/** The members' engagement: the Charter of Good Practices they signed and the days they gave to the cluster's work. */
public final class EngagementSection {

    /** The section's key. */
    public static final String KEY = "engagement";

    public static final String SIGNATURE_RATE = "charter.signature_rate";
    public static final String SIGNATORIES = "charter.signatories";
    public static final String CONTRIBUTION_DAYS = "contributions.days";
    public static final String CONTRIBUTORS = "contributions.contributors";
    public static final String DAYS_PER_MEMBER = "contributions.days_per_member";
    public static final String BY_KIND = "contributions.by_kind";

    private EngagementSection() {
    }

    /** The section: its figures in the order shown, its texts in {@code org.filiere.report.figures}. */
    public static SectionDefinition definition() {
        return new SectionDefinition(KEY, 20, StandardSections.BUNDLE, List.of(
                FigureDefinition.number(SIGNATURE_RATE, Unit.PERCENT),
                FigureDefinition.number(SIGNATORIES, Unit.COUNT),
                FigureDefinition.number(CONTRIBUTION_DAYS, Unit.DAYS),
                FigureDefinition.number(CONTRIBUTORS, Unit.COUNT),
                FigureDefinition.number(DAYS_PER_MEMBER, Unit.DAYS),
                FigureDefinition.table(BY_KIND, Unit.DAYS)));
    }
}
