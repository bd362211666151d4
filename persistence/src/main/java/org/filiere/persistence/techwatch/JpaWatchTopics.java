package org.filiere.persistence.techwatch;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.techwatch.TopicQuery;
import org.filiere.techwatch.WatchTopic;
import org.filiere.techwatch.WatchTopicId;
import org.filiere.techwatch.WatchTopics;

/** The technology watch's topics in the library's database; the query is kept as staff write it. */
@ApplicationScoped
public class JpaWatchTopics implements WatchTopics {

    private final Transactions transactions;

    @Inject
    public JpaWatchTopics(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaWatchTopics() {
        this(null);
    }

    @Override
    public void save(WatchTopic topic) {
        EntityManager em = em();
        WatchTopicEntity row = em.find(WatchTopicEntity.class, topic.id().toString());
        if (row == null) {
            row = new WatchTopicEntity();
            row.id = topic.id().toString();
            copy(topic, row);
            VersionedRows.insert(em, row, "a topic of that name was defined at the same moment");
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, topic.version());
        copy(topic, row);
    }

    @Override
    public Optional<WatchTopic> find(WatchTopicId id) {
        return Optional.ofNullable(em().find(WatchTopicEntity.class, id.toString())).map(JpaWatchTopics::toDomain);
    }

    @Override
    public Optional<WatchTopic> named(String name) {
        return em().createQuery("SELECT t FROM WatchTopicEntity t WHERE t.nameKey = :key", WatchTopicEntity.class)
                .setParameter("key", key(name)).getResultStream().findFirst().map(JpaWatchTopics::toDomain);
    }

    @Override
    public List<WatchTopic> all() {
        return em().createQuery("SELECT t FROM WatchTopicEntity t ORDER BY t.name, t.id", WatchTopicEntity.class)
                .getResultStream().map(JpaWatchTopics::toDomain).toList();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static void copy(WatchTopic topic, WatchTopicEntity row) {
        row.name = topic.name();
        row.nameKey = key(topic.name());
        row.query = topic.query().toString();
    }

    private static WatchTopic toDomain(WatchTopicEntity e) {
        return new WatchTopic(WatchTopicId.parse(e.id), e.name, TopicQuery.parse(e.query), e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
