package org.filiere.persistence.press;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.press.DistributionListId;
import org.filiere.press.PressRelease;
import org.filiere.press.PressReleaseId;
import org.filiere.press.PressReleases;
import org.filiere.wiring.CoreProducers;

/** Press releases in the library's database. */
@ApplicationScoped
public class JpaPressReleases implements PressReleases {

    private final Transactions transactions;

    @Inject
    public JpaPressReleases(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaPressReleases() {
        this(null);
    }

    @Override
    public void save(PressRelease release) {
        EntityManager em = em();
        PressReleaseEntity row = em.find(PressReleaseEntity.class, release.id().toString());
        if (row == null) {
            row = new PressReleaseEntity();
            row.id = release.id().toString();
            copy(release, row);
            em.persist(row);
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, release.version());
        copy(release, row);
    }

    @Override
    public Optional<PressRelease> find(PressReleaseId id) {
        return Optional.ofNullable(em().find(PressReleaseEntity.class, id.toString())).map(JpaPressReleases::toDomain);
    }

    @Override
    public Optional<PressRelease> claim(PressReleaseId id) {
        return Optional.ofNullable(em().find(PressReleaseEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(JpaPressReleases::toDomain);
    }

    @Override
    public List<PressRelease> scheduled() {
        return em().createQuery("SELECT r FROM PressReleaseEntity r WHERE r.status = :status"
                + " ORDER BY r.embargo, r.id", PressReleaseEntity.class)
                .setParameter("status", PressRelease.Status.SCHEDULED.name()).getResultStream()
                .map(JpaPressReleases::toDomain)
                .sorted((a, b) -> a.embargo().isEmpty() == b.embargo().isEmpty() ? 0 : a.embargo().isEmpty() ? -1 : 1)
                .toList();
    }

    @Override
    public List<PressRelease> all() {
        return em().createQuery("SELECT r FROM PressReleaseEntity r ORDER BY r.publishedAt DESC, r.title, r.id",
                PressReleaseEntity.class).getResultStream().map(JpaPressReleases::toDomain).toList();
    }

    @Override
    public long publishedIn(int year) {
        return em().createQuery("SELECT COUNT(r) FROM PressReleaseEntity r WHERE r.publishedAt >= :from"
                + " AND r.publishedAt < :to", Long.class)
                .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay(CoreProducers.ASSOCIATION_ZONE).toInstant())
                .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay(CoreProducers.ASSOCIATION_ZONE).toInstant())
                .getSingleResult();
    }

    private static void copy(PressRelease r, PressReleaseEntity row) {
        row.title = r.title();
        row.body = r.body();
        row.listId = r.listId().toString();
        row.status = r.status().name();
        row.embargo = r.embargo().orElse(null);
        row.publishedAt = r.publishedAt().orElse(null);
    }

    private static PressRelease toDomain(PressReleaseEntity e) {
        return new PressRelease(PressReleaseId.parse(e.id), e.title, e.body, DistributionListId.parse(e.listId),
                PressRelease.Status.valueOf(e.status), Optional.ofNullable(e.embargo),
                Optional.ofNullable(e.publishedAt), e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
