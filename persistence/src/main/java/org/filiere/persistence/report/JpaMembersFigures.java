package org.filiere.persistence.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.member.SectorFamilies;
import org.filiere.member.SectorFamily;
import org.filiere.member.SizeBand;
import org.filiere.persistence.Transactions;
import org.filiere.report.MembersSection;
import org.filiere.report.SectionDefinition;
import org.filiere.report.SectionFigures;
import org.filiere.report.TargetSectors;
import org.filiere.report.Unit;
import org.filiere.report.YearFigures;

/**
 * The members section, counted in the database: memberships by year and status, joins, members by sector family
 * (the NAF-to-family mapping written into the query as a CASE expression), size band, department and commune.
 */
@ApplicationScoped
public class JpaMembersFigures implements SectionFigures {

    /** The statuses of a company that counts as a member in a year (admitted or active). */
    static final String MEMBER = "('ADMITTED', 'ACTIVE')";

    private final Transactions transactions;
    private final SectorFamilies families;
    private final TargetSectors targets;
    private String familyCase;

    @Inject
    public JpaMembersFigures(Transactions transactions, SectorFamilies families, TargetSectors targets) {
        this.transactions = transactions;
        this.families = families;
        this.targets = targets;
    }

    /** For the CDI container's proxies. */
    protected JpaMembersFigures() {
        this(null, null, null);
    }

    @Override
    public SectionDefinition definition() {
        return MembersSection.definition();
    }

    @Override
    public YearFigures of(int year) {
        Aggregates db = new Aggregates(transactions.entityManager());
        YearFigures f = new YearFigures(year);
        Map<String, Long> now = new HashMap<>();
        long members = 0;
        long previous = 0;
        for (Object[] r : db.rows("SELECT ms.membership_year, ms.status, COUNT(*) FROM membership ms"
                + " WHERE ms.membership_year IN (?, ?) GROUP BY ms.membership_year, ms.status", year, year - 1)) {
            String status = (String) r[1];
            long count = Aggregates.count(r[2]);
            boolean member = status.equals("ADMITTED") || status.equals("ACTIVE");
            if (Aggregates.count(r[0]) == year) {
                now.put(status, count);
                members += member ? count : 0;
            } else {
                previous += member ? count : 0;
            }
        }
        f.put(MembersSection.ACTIVE, members);
        f.put(MembersSection.PAID, now.getOrDefault("ACTIVE", 0L));
        f.put(MembersSection.LAPSES, now.getOrDefault("LAPSED", 0L));
        f.put(MembersSection.RESIGNATIONS, now.getOrDefault("RESIGNED", 0L));
        f.put(MembersSection.GROWTH, Unit.percent(members - previous, previous));
        f.put(MembersSection.JOINS, Aggregates.count(db.number("SELECT COUNT(*) FROM membership ms"
                + " WHERE ms.membership_year = ? AND ms.status IN " + MEMBER + " AND NOT EXISTS (SELECT 1"
                + " FROM membership p WHERE p.siren = ms.siren AND p.membership_year = ? AND p.status IN " + MEMBER
                + ")", year, year - 1)));
        sectorsAndSizes(db, f, year, members);
        for (Object[] r : db.rows("SELECT m.department, COUNT(*) FROM member m JOIN membership ms ON ms.siren = m.siren"
                + " WHERE ms.membership_year = ? AND ms.status IN " + MEMBER
                + " GROUP BY m.department ORDER BY m.department", year)) {
            f.row(MembersSection.BY_DEPARTMENT, (String) r[0], (String) r[0], Aggregates.count(r[1]));
        }
        for (Object[] r : db.rows("SELECT m.insee_code, MAX(m.commune), COUNT(*) FROM member m"
                + " JOIN membership ms ON ms.siren = m.siren WHERE ms.membership_year = ? AND ms.status IN " + MEMBER
                + " GROUP BY m.insee_code ORDER BY 3 DESC, 1", year)) {
            f.row(MembersSection.BY_COMMUNE, (String) r[0], (String) r[1], Aggregates.count(r[2]));
        }
        return f;
    }

    private void sectorsAndSizes(Aggregates db, YearFigures f, int year, long members) {
        Map<String, Long> bySector = new LinkedHashMap<>();
        families.all().forEach(family -> bySector.put(family.key(), 0L));
        Map<String, Long> bySize = new TreeMap<>();
        long smes = 0;
        long inTargets = 0;
        for (Object[] r : db.rows("SELECT t.family, t.size_band, COUNT(*) FROM (SELECT " + familyCase()
                + " AS family, m.size_band AS size_band FROM member m JOIN membership ms ON ms.siren = m.siren"
                + " WHERE ms.membership_year = ? AND ms.status IN " + MEMBER + ") t GROUP BY t.family, t.size_band",
                year)) {
            // Derby pads the CASE's text to its longest branch.
            String family = ((String) r[0]).strip();
            String band = ((String) r[1]).strip();
            long count = Aggregates.count(r[2]);
            bySector.merge(family, count, Long::sum);
            bySize.merge(band, count, Long::sum);
            smes += SizeBand.ofInseeCode(band).isSme() ? count : 0;
            inTargets += targets.includes(family) ? count : 0;
        }
        bySector.forEach((key, count) -> f.row(MembersSection.BY_SECTOR, key,
                families.family(key).map(SectorFamily::label).orElse(key), count));
        List<SizeBand> bands = new ArrayList<>(Arrays.asList(SizeBand.values()));
        for (SizeBand band : bands) {
            Long count = bySize.get(band.inseeCode());
            if (count != null) {
                f.row(MembersSection.BY_SIZE, band.inseeCode(), band.label(), count);
            }
        }
        f.put(MembersSection.SME_SHARE, Unit.percent(smes, members));
        f.put(MembersSection.TARGET_SECTOR_SHARE, Unit.percent(BigDecimal.valueOf(inTargets),
                BigDecimal.valueOf(members)));
    }

    /**
     * The SQL expression giving a member's sector family from its NAF code: the mapping's prefixes, longest first,
     * as {@link SectorFamilies#familyOf} reads them.
     */
    String familyCase() {
        if (familyCase == null) {
            StringBuilder sql = new StringBuilder("CASE");
            for (Map.Entry<String, SectorFamily> p : families.prefixes()) {
                sql.append(" WHEN m.naf_code LIKE '").append(prefix(p.getKey())).append("%' THEN '")
                        .append(literal(p.getValue().key())).append('\'');
            }
            familyCase = sql.append(" ELSE '").append(literal(SectorFamily.OTHER.key())).append("' END").toString();
        }
        return familyCase;
    }

    private static String prefix(String nafPrefix) {
        if (nafPrefix.contains("%") || nafPrefix.contains("_")) {
            throw new IllegalArgumentException("A NAF prefix of the sector families cannot hold % or _: '" + nafPrefix
                    + "'");
        }
        return literal(nafPrefix);
    }

    private static String literal(String text) {
        return text.replace("'", "''");
    }
}
