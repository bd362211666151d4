package org.filiere.persistence.watch;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.filiere.member.MemberId;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.watch.Digest;
import org.filiere.watch.DigestId;
import org.filiere.watch.Digests;
import org.filiere.watch.TenderId;
import org.filiere.watch.WatchWeek;

/**
 * Weekly digests in the library's database, through JPA. A digest is written once with its entries; afterwards
 * only the time it was sent changes. The unique key of an entry (member, tender) refuses a tender sent twice.
 */
@ApplicationScoped
public class JpaDigests implements Digests {

    private final Transactions transactions;

    @Inject
    public JpaDigests(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaDigests() {
        this(null);
    }

    @Override
    public void save(Digest digest) {
        EntityManager em = em();
        DigestEntity row = VersionedRows.rowToChange(em, transactions, DigestEntity.class, digest.id().toString(),
                "digest " + digest.id(), digest.version(), r -> r.version).orElse(null);
        if (row == null) {
            DigestEntity rows = DigestMapper.newRows(digest);
            VersionedRows.insert(em, rows,
                    "one of its tenders was put in another digest of the member at the same moment");
            return;
        }
        row.sentAt = digest.sentAt().orElse(null);
        row.recipients = String.join("\n", digest.recipients());
    }

    @Override
    public Optional<Digest> find(DigestId id) {
        return Optional.ofNullable(em().find(DigestEntity.class, id.toString())).map(DigestMapper::toDomain);
    }

    @Override
    public void holdComposition() {
        EntityManager em = em();
        int lock = DigestCompositionEntity.THE_LOCK;
        if (em.find(DigestCompositionEntity.class, lock, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("The digest_composition row is missing: the watch migrations did not run");
        }
    }

    @Override
    public Optional<Digest> claim(DigestId id) {
        return Optional.ofNullable(em().find(DigestEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE))
                .map(DigestMapper::toDomain);
    }

    @Override
    public List<Digest> of(MemberId memberId, WatchWeek week) {
        return em().createQuery("SELECT d FROM DigestEntity d WHERE d.siren = :siren AND d.weekYear = :year"
                + " AND d.weekNumber = :week ORDER BY d.composedAt, d.id", DigestEntity.class)
                .setParameter("siren", memberId.value()).setParameter("year", week.year())
                .setParameter("week", week.week()).getResultList().stream().map(DigestMapper::toDomain).toList();
    }

    @Override
    public List<Digest> ofWeek(WatchWeek week) {
        return em().createQuery("SELECT d FROM DigestEntity d WHERE d.weekYear = :year AND d.weekNumber = :week"
                + " ORDER BY d.siren, d.composedAt, d.id", DigestEntity.class).setParameter("year", week.year())
                .setParameter("week", week.week()).getResultList().stream().map(DigestMapper::toDomain).toList();
    }

    @Override
    public List<Digest> unsent() {
        return em().createQuery("SELECT d FROM DigestEntity d WHERE d.sentAt IS NULL ORDER BY d.composedAt, d.id",
                DigestEntity.class).getResultList().stream().map(DigestMapper::toDomain).toList();
    }

    @Override
    public Set<TenderId> deliveredTo(MemberId memberId) {
        Set<TenderId> delivered = new HashSet<>();
        em().createQuery("SELECT e.tenderSource, e.tenderReference FROM DigestEntryEntity e WHERE e.siren = :siren",
                Object[].class).setParameter("siren", memberId.value()).getResultList()
                .forEach(row -> delivered.add(new TenderId((String) row[0], (String) row[1])));
        return delivered;
    }

    /** Finds the digests whose recipients contain the address, then keeps those naming it as a whole line. */
    @Override
    public List<Digest> namingRecipient(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        return em().createQuery("SELECT d FROM DigestEntity d WHERE LOWER(d.recipients) LIKE :address ESCAPE '\\'"
                + " ORDER BY d.composedAt, d.id", DigestEntity.class)
                .setParameter("address", "%" + address.replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%")
                .getResultList().stream().map(DigestMapper::toDomain).filter(d -> d.names(address)).toList();
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
