package org.filiere.persistence.techwatch;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.techwatch.TechFeedId;
import org.filiere.techwatch.TechItem;
import org.filiere.techwatch.TechItemId;
import org.filiere.techwatch.TechItems;
import org.filiere.techwatch.WatchTopicId;

/** News items in the library's database, unique by feed and key. */
@ApplicationScoped
public class JpaTechItems implements TechItems {

    private final Transactions transactions;

    @Inject
    public JpaTechItems(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaTechItems() {
        this(null);
    }

    @Override
    public void save(TechItem item) {
        EntityManager em = em();
        TechItemEntity row = em.find(TechItemEntity.class, item.id().toString());
        if (row == null) {
            row = new TechItemEntity();
            row.id = item.id().toString();
            row.feedId = item.feedId().toString();
            row.key = item.key();
            row.receivedAt = item.receivedAt();
            copy(item, row);
            VersionedRows.insert(em, row, "the same item of the feed was read at the same moment");
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, item.version());
        copy(item, row);
    }

    @Override
    public Optional<TechItem> find(TechItemId id) {
        return Optional.ofNullable(em().find(TechItemEntity.class, id.toString())).map(JpaTechItems::toDomain);
    }

    @Override
    public Optional<TechItem> find(TechFeedId feedId, String key) {
        return em().createQuery("SELECT i FROM TechItemEntity i WHERE i.feedId = :feed AND i.key = :key",
                TechItemEntity.class).setParameter("feed", feedId.toString()).setParameter("key", key)
                .getResultStream().findFirst().map(JpaTechItems::toDomain);
    }

    @Override
    public List<TechItem> find(Collection<TechItemId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em().createQuery("SELECT i FROM TechItemEntity i WHERE i.id IN :ids", TechItemEntity.class)
                .setParameter("ids", ids.stream().map(TechItemId::toString).toList()).getResultStream()
                .map(JpaTechItems::toDomain).toList();
    }

    @Override
    public List<TechItem> readSince(Instant since) {
        return em().createQuery("SELECT i FROM TechItemEntity i WHERE i.receivedAt >= :since"
                + " ORDER BY i.itemDate DESC, i.id", TechItemEntity.class).setParameter("since", since)
                .getResultStream().map(JpaTechItems::toDomain).toList();
    }

    @Override
    public long count(TechFeedId feedId) {
        return em().createQuery("SELECT COUNT(i) FROM TechItemEntity i WHERE i.feedId = :feed", Long.class)
                .setParameter("feed", feedId.toString()).getSingleResult();
    }

    private static void copy(TechItem item, TechItemEntity row) {
        row.title = item.title();
        row.link = item.link().map(URI::toString).orElse(null);
        row.summary = item.summary().isEmpty() ? null : item.summary();
        row.publishedAt = item.publishedAt().orElse(null);
        row.itemDate = item.date();
        row.topics = item.topics().stream().map(WatchTopicId::toString).collect(Collectors.toCollection(HashSet::new));
    }

    private static TechItem toDomain(TechItemEntity e) {
        return new TechItem(TechItemId.parse(e.id), TechFeedId.parse(e.feedId), e.key, e.title,
                Optional.ofNullable(e.link).map(URI::create), e.summary == null ? "" : e.summary,
                Optional.ofNullable(e.publishedAt), e.receivedAt,
                e.topics.stream().map(WatchTopicId::parse).collect(Collectors.toSet()), e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
