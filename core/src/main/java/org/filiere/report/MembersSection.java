package org.filiere.report;

import java.util.List;

/** The members section: how many, who joined and left, in which sectors, sizes and places. */
public final class MembersSection {

    /** The section's key. */
    public static final String KEY = "members";

    public static final String ACTIVE = "members.active";
    public static final String PAID = "members.paid";
    public static final String JOINS = "members.joins";
    public static final String LAPSES = "members.lapses";
    public static final String RESIGNATIONS = "members.resignations";
    public static final String GROWTH = "members.growth";
    public static final String SME_SHARE = "members.sme_share";
    public static final String TARGET_SECTOR_SHARE = "members.target_sector_share";
    public static final String BY_SECTOR = "members.by_sector";
    public static final String BY_SIZE = "members.by_size";
    public static final String BY_DEPARTMENT = "members.by_department";
    public static final String BY_COMMUNE = "members.by_commune";

    private MembersSection() {
    }

    /** The section: its figures in the order shown, its texts in {@code org.filiere.report.figures}. */
    public static SectionDefinition definition() {
        return new SectionDefinition(KEY, 10, StandardSections.BUNDLE, List.of(
                FigureDefinition.number(ACTIVE, Unit.COUNT),
                FigureDefinition.number(PAID, Unit.COUNT),
                FigureDefinition.number(JOINS, Unit.COUNT),
                FigureDefinition.number(LAPSES, Unit.COUNT),
                FigureDefinition.number(RESIGNATIONS, Unit.COUNT),
                FigureDefinition.number(GROWTH, Unit.PERCENT),
                FigureDefinition.number(SME_SHARE, Unit.PERCENT),
                FigureDefinition.number(TARGET_SECTOR_SHARE, Unit.PERCENT),
                FigureDefinition.table(BY_SECTOR, Unit.COUNT),
                FigureDefinition.table(BY_SIZE, Unit.COUNT),
                FigureDefinition.table(BY_DEPARTMENT, Unit.COUNT),
                FigureDefinition.table(BY_COMMUNE, Unit.COUNT)));
    }
}
