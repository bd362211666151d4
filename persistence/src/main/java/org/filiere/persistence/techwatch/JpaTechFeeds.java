package org.filiere.persistence.techwatch;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.techwatch.TechFeed;
import org.filiere.techwatch.TechFeedId;
import org.filiere.techwatch.TechFeeds;

/** News feeds in the library's database. */
@ApplicationScoped
public class JpaTechFeeds implements TechFeeds {

    private final Transactions transactions;

    @Inject
    public JpaTechFeeds(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaTechFeeds() {
        this(null);
    }

    @Override
    public void save(TechFeed feed) {
        EntityManager em = em();
        TechFeedEntity row = em.find(TechFeedEntity.class, feed.id().toString());
        if (row == null) {
            row = new TechFeedEntity();
            row.id = feed.id().toString();
            row.addedAt = feed.addedAt();
            copy(feed, row);
            VersionedRows.insert(em, row, "a feed at " + feed.url() + " was added at the same moment");
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, feed.version());
        copy(feed, row);
    }

    @Override
    public Optional<TechFeed> find(TechFeedId id) {
        return Optional.ofNullable(em().find(TechFeedEntity.class, id.toString())).map(JpaTechFeeds::toDomain);
    }

    @Override
    public Optional<TechFeed> find(URI url) {
        return em().createQuery("SELECT f FROM TechFeedEntity f WHERE f.url = :url", TechFeedEntity.class)
                .setParameter("url", url.toString()).getResultStream().findFirst().map(JpaTechFeeds::toDomain);
    }

    @Override
    public List<TechFeed> all() {
        return em().createQuery("SELECT f FROM TechFeedEntity f ORDER BY f.name, f.id", TechFeedEntity.class)
                .getResultStream().map(JpaTechFeeds::toDomain).toList();
    }

    private static void copy(TechFeed feed, TechFeedEntity row) {
        row.name = feed.name();
        row.url = feed.url().toString();
        row.active = feed.active();
    }

    private static TechFeed toDomain(TechFeedEntity e) {
        return new TechFeed(TechFeedId.parse(e.id), e.name, URI.create(e.url), e.active, e.addedAt, e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
