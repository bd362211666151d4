package org.filiere.persistence.press;

import java.net.URI;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.press.CoverageEntries;
import org.filiere.press.CoverageEntry;
import org.filiere.press.CoverageEntryId;
import org.filiere.press.CoverageFigures;
import org.filiere.press.MediaOutletId;
import org.filiere.press.PressReleaseId;
import org.filiere.press.Tone;

/** The coverage log in the library's database; the yearly figures are aggregate queries. */
@ApplicationScoped
public class JpaCoverageEntries implements CoverageEntries {

    private final Transactions transactions;

    @Inject
    public JpaCoverageEntries(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaCoverageEntries() {
        this(null);
    }

    @Override
    public void save(CoverageEntry entry) {
        EntityManager em = em();
        CoverageEntity row = em.find(CoverageEntity.class, entry.id().toString());
        if (row == null) {
            row = new CoverageEntity();
            row.id = entry.id().toString();
            copy(entry, row);
            em.persist(row);
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, entry.version());
        copy(entry, row);
    }

    @Override
    public Optional<CoverageEntry> find(CoverageEntryId id) {
        return Optional.ofNullable(em().find(CoverageEntity.class, id.toString())).map(JpaCoverageEntries::toDomain);
    }

    @Override
    public List<CoverageEntry> ofYear(int year) {
        return em().createQuery("SELECT c FROM CoverageEntity c WHERE c.year = :year"
                + " ORDER BY c.appearedOn DESC, c.headline, c.id", CoverageEntity.class).setParameter("year", year)
                .getResultStream().map(JpaCoverageEntries::toDomain).toList();
    }

    @Override
    public CoverageFigures figures(int year) {
        Map<Tone, Long> byTone = new EnumMap<>(Tone.class);
        long count = 0;
        long reach = 0;
        for (Object[] row : em().createQuery("SELECT c.tone, COUNT(c), SUM(c.reach) FROM CoverageEntity c"
                + " WHERE c.year = :year GROUP BY c.tone", Object[].class).setParameter("year", year)
                .getResultList()) {
            long n = ((Number) row[1]).longValue();
            byTone.put(Tone.valueOf((String) row[0]), n);
            count += n;
            reach += row[2] == null ? 0 : ((Number) row[2]).longValue();
        }
        Map<MediaOutletId, CoverageFigures.OutletCoverage> byOutlet = new HashMap<>();
        for (Object[] row : em().createQuery("SELECT c.outletId, COUNT(c), SUM(c.reach) FROM CoverageEntity c"
                + " WHERE c.year = :year GROUP BY c.outletId", Object[].class).setParameter("year", year)
                .getResultList()) {
            byOutlet.put(MediaOutletId.parse((String) row[0]), new CoverageFigures.OutletCoverage(
                    ((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()));
        }
        return new CoverageFigures(year, count, reach, byTone, byOutlet);
    }

    private static void copy(CoverageEntry c, CoverageEntity row) {
        row.outletId = c.outletId().toString();
        row.appearedOn = c.date();
        row.year = c.date().getYear();
        row.headline = c.headline();
        row.url = c.url().map(URI::toString).orElse(null);
        row.reach = c.reach();
        row.tone = c.tone().name();
        row.releaseId = c.releaseId().map(PressReleaseId::toString).orElse(null);
    }

    private static CoverageEntry toDomain(CoverageEntity e) {
        return new CoverageEntry(CoverageEntryId.parse(e.id), MediaOutletId.parse(e.outletId), e.appearedOn,
                e.headline, Optional.ofNullable(e.url).map(URI::create), e.reach, Tone.valueOf(e.tone),
                Optional.ofNullable(e.releaseId).map(PressReleaseId::parse), e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
