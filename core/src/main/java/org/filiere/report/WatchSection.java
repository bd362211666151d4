package org.filiere.report;

import java.util.List;

/** The market watch: calls for tender received and relayed to the members they concern. */
public final class WatchSection {

    /** The section's key. */
    public static final String KEY = "watch";

    public static final String TENDERS_RECEIVED = "watch.tenders_received";
    public static final String TENDERS_RELAYED = "watch.tenders_relayed";
    public static final String DIGESTS_SENT = "watch.digests_sent";
    public static final String MEMBERS_REACHED = "watch.members_reached";

    private WatchSection() {
    }

    /** The section: its figures in the order shown, its texts in {@code org.filiere.report.figures}. */
    public static SectionDefinition definition() {
        return new SectionDefinition(KEY, 70, StandardSections.BUNDLE, List.of(
                FigureDefinition.number(TENDERS_RECEIVED, Unit.COUNT),
                FigureDefinition.number(TENDERS_RELAYED, Unit.COUNT),
                FigureDefinition.number(DIGESTS_SENT, Unit.COUNT),
                FigureDefinition.number(MEMBERS_REACHED, Unit.COUNT)));
    }
}
