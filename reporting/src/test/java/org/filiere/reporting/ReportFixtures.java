package org.filiere.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.filiere.report.ActivityReport;
import org.filiere.report.ActivityReport.SectionData;
import org.filiere.report.Comparison;
import org.filiere.report.FundingSection;
import org.filiere.report.IndicatorTarget;
import org.filiere.report.IndicatorTargetId;
import org.filiere.report.MembersSection;
import org.filiere.report.SectionDefinition;
import org.filiere.report.TrainingSection;
import org.filiere.report.YearFigures;

/** Reports to render: a cluster's 2025 with targets, and a year without any activity. */
final class ReportFixtures {

    static final String FUNDER = "Région Auvergne-Rhône-Alpes";

    private ReportFixtures() {
    }

    /** Members, training and funding figures of 2025 and 2024, three targets (two met). */
    static ActivityReport a2025Report(Locale language) {
        YearFigures members = new YearFigures(2025).put(MembersSection.ACTIVE, 152).put(MembersSection.PAID, 147)
                .put(MembersSection.JOINS, 29).put(MembersSection.LAPSES, 3).put(MembersSection.RESIGNATIONS, 2)
                .put(MembersSection.GROWTH, new BigDecimal("18.8")).put(MembersSection.SME_SHARE, new BigDecimal("91.4"))
                .put(MembersSection.TARGET_SECTOR_SHARE, new BigDecimal("88.2"))
                .row(MembersSection.BY_SECTOR, "software-publishing", "Software publishing", 34)
                .row(MembersSection.BY_SECTOR, "it-services", "IT services and consulting", 71)
                .row(MembersSection.BY_SECTOR, "other", "Other activities", 9)
                .row(MembersSection.BY_DEPARTMENT, "38", "38", 150).row(MembersSection.BY_DEPARTMENT, "73", "73", 2)
                .row(MembersSection.BY_COMMUNE, "38185", "Grenoble", 52)
                .row(MembersSection.BY_COMMUNE, "38229", "Meylan", 21);
        YearFigures membersBefore = new YearFigures(2024).put(MembersSection.ACTIVE, 128).put(MembersSection.PAID, 128)
                .put(MembersSection.SME_SHARE, new BigDecimal("92.2"))
                .row(MembersSection.BY_SECTOR, "software-publishing", "Software publishing", 30)
                .row(MembersSection.BY_SECTOR, "it-services", "IT services and consulting", 60)
                .row(MembersSection.BY_DEPARTMENT, "38", "38", 128)
                .row(MembersSection.BY_COMMUNE, "38185", "Grenoble", 44);
        YearFigures training = new YearFigures(2025).put(TrainingSection.SESSIONS_HELD, 18)
                .put(TrainingSection.TRAINEES, 164).put(TrainingSection.TRAINEE_HOURS, new BigDecimal("1253.5"))
                .put(TrainingSection.FILL_RATE, new BigDecimal("86.3"))
                .put(TrainingSection.SATISFACTION, new BigDecimal("4.42"));
        YearFigures trainingBefore = new YearFigures(2024).put(TrainingSection.SESSIONS_HELD, 15);
        YearFigures funding = new YearFigures(2025).put(FundingSection.INCOME_TOTAL, new BigDecimal("612450.00"))
                .put(FundingSection.PUBLIC_SHARE, new BigDecimal("61.2"))
                .row(FundingSection.INCOME_BY_SOURCE, "PUBLIC_SUBSIDY", "PUBLIC_SUBSIDY", new BigDecimal("375000"))
                .row(FundingSection.INCOME_BY_SOURCE, "DUES", "DUES", new BigDecimal("87450"))
                .row(FundingSection.INCOME_BY_FUNDER, "<Fonds & Co>", "<Fonds & Co>", new BigDecimal("1000"));
        List<SectionData> data = List.of(
                section(MembersSection.definition(), members, membersBefore),
                section(TrainingSection.definition(), training, trainingBefore),
                section(FundingSection.definition(), funding, new YearFigures(2024)));
        List<IndicatorTarget> targets = List.of(
                target(MembersSection.ACTIVE, "140"), target(MembersSection.SME_SHARE, "60"),
                target(TrainingSection.SESSIONS_HELD, "20"));
        return ActivityReport.assemble(2025, language, Instant.parse("2026-02-10T09:00:00Z"), data, targets);
    }

    /** 2030: nothing on record. */
    static ActivityReport anEmptyYear() {
        List<SectionData> data = List.of(section(MembersSection.definition(),
                new YearFigures(2030).put(MembersSection.ACTIVE, 0), new YearFigures(2029).put(MembersSection.ACTIVE, 0)));
        return ActivityReport.assemble(2030, Locale.FRENCH, Instant.parse("2031-01-05T09:00:00Z"), data, List.of());
    }

    private static SectionData section(SectionDefinition definition, YearFigures current, YearFigures previous) {
        return new SectionData(definition, ReportFixtures.class.getClassLoader(), current, previous);
    }

    private static IndicatorTarget target(String figure, String threshold) {
        return new IndicatorTarget(IndicatorTargetId.random(), FUNDER, "Convention 2025-2027", figure, 2025,
                Comparison.AT_LEAST, new BigDecimal(threshold), 1);
    }
}
