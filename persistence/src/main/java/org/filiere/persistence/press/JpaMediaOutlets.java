package org.filiere.persistence.press;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.press.MediaKind;
import org.filiere.press.MediaOutlet;
import org.filiere.press.MediaOutletId;
import org.filiere.press.MediaOutlets;

/** Media outlets in the library's database. */
@ApplicationScoped
public class JpaMediaOutlets implements MediaOutlets {

    private final Transactions transactions;

    @Inject
    public JpaMediaOutlets(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaMediaOutlets() {
        this(null);
    }

    @Override
    public void save(MediaOutlet outlet) {
        EntityManager em = em();
        MediaOutletEntity row = em.find(MediaOutletEntity.class, outlet.id().toString());
        if (row == null) {
            row = new MediaOutletEntity();
            row.id = outlet.id().toString();
            copy(outlet, row);
            em.persist(row);
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, outlet.version());
        copy(outlet, row);
    }

    @Override
    public Optional<MediaOutlet> find(MediaOutletId id) {
        return Optional.ofNullable(em().find(MediaOutletEntity.class, id.toString())).map(JpaMediaOutlets::toDomain);
    }

    @Override
    public List<MediaOutlet> all() {
        return em().createQuery("SELECT o FROM MediaOutletEntity o ORDER BY o.name, o.id", MediaOutletEntity.class)
                .getResultStream().map(JpaMediaOutlets::toDomain).toList();
    }

    private static void copy(MediaOutlet o, MediaOutletEntity row) {
        row.name = o.name();
        row.kind = o.kind().name();
        row.website = o.website().map(URI::toString).orElse(null);
    }

    private static MediaOutlet toDomain(MediaOutletEntity e) {
        return new MediaOutlet(MediaOutletId.parse(e.id), e.name, MediaKind.valueOf(e.kind),
                Optional.ofNullable(e.website).map(URI::create), e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
