package org.filiere.report;

import java.util.List;

/** How the association was funded and how it used the money. */
public final class FundingSection {

    /** The section's key. */
    public static final String KEY = "funding";

    public static final String INCOME_TOTAL = "funding.income_total";
    public static final String DUES_INCOME = "funding.dues_income";
    public static final String PUBLIC_SHARE = "funding.public_share";
    public static final String EXPENSES_TOTAL = "funding.expenses_total";
    public static final String BALANCE = "funding.balance";
    public static final String INCOME_BY_SOURCE = "funding.income_by_source";
    public static final String INCOME_BY_FUNDER = "funding.income_by_funder";
    public static final String EXPENSES_BY_ACTIVITY = "funding.expenses_by_activity";

    private FundingSection() {
    }

    /** The section: its figures in the order shown, its texts in {@code org.filiere.report.figures}. */
    public static SectionDefinition definition() {
        return new SectionDefinition(KEY, 90, StandardSections.BUNDLE, List.of(
                FigureDefinition.number(INCOME_TOTAL, Unit.EUROS),
                FigureDefinition.number(DUES_INCOME, Unit.EUROS),
                FigureDefinition.number(PUBLIC_SHARE, Unit.PERCENT),
                FigureDefinition.number(EXPENSES_TOTAL, Unit.EUROS),
                FigureDefinition.number(BALANCE, Unit.EUROS),
                FigureDefinition.table(INCOME_BY_SOURCE, Unit.EUROS),
                FigureDefinition.table(INCOME_BY_FUNDER, Unit.EUROS),
                FigureDefinition.table(EXPENSES_BY_ACTIVITY, Unit.EUROS)));
    }
}
