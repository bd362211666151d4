package org.filiere.persistence.watch;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.kernel.StaleDataException;
import org.filiere.member.MemberId;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.watch.WatchProfile;
import org.filiere.watch.WatchProfiles;

/** Members' watch profiles in the library's database, through JPA. */
@ApplicationScoped
public class JpaWatchProfiles implements WatchProfiles {

    private final Transactions transactions;

    @Inject
    public JpaWatchProfiles(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaWatchProfiles() {
        this(null);
    }

    @Override
    public Optional<WatchProfile> find(MemberId memberId) {
        return Optional.ofNullable(em().find(WatchProfileEntity.class, memberId.value()))
                .map(WatchProfileMapper::toDomain);
    }

    @Override
    public void save(WatchProfile profile) {
        EntityManager em = em();
        WatchProfileEntity row = VersionedRows.rowToChange(em, transactions, WatchProfileEntity.class,
                profile.memberId().value(), "watch profile of member " + profile.memberId(),
                profile.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new WatchProfileEntity();
            WatchProfileMapper.copy(profile, row);
            VersionedRows.insert(em, row, () -> new StaleDataException("watch profile of member "
                    + profile.memberId(), "someone else defined it at the same moment"));
            return;
        }
        WatchProfileMapper.copy(profile, row);
    }

    @Override
    public List<WatchProfile> active() {
        return em().createQuery("SELECT p FROM WatchProfileEntity p WHERE p.active = TRUE ORDER BY p.siren",
                WatchProfileEntity.class).getResultList().stream().map(WatchProfileMapper::toDomain).toList();
    }

    @Override
    public List<WatchProfile> namingRecipient(String email) {
        return em().createQuery("SELECT p FROM WatchProfileEntity p WHERE EXISTS (SELECT i FROM"
                + " WatchProfileItemEntity i WHERE i.profile = p AND i.kind = :kind AND LOWER(i.value) = :email)"
                + " ORDER BY p.siren", WatchProfileEntity.class)
                .setParameter("kind", WatchProfileMapper.RECIPIENT)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultList().stream()
                .map(WatchProfileMapper::toDomain).toList();
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
