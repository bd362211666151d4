package org.filiere.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.filiere.techwatch.TechItem;
import org.filiere.techwatch.TechItemId;
import org.filiere.techwatch.TopicClassifier;
import org.filiere.techwatch.TopicQuery;
import org.filiere.techwatch.WatchTopic;
import org.filiere.techwatch.WatchTopicId;

/**
 * News items put in watch topics with Lucene: a topic's query becomes one Lucene query (its terms as term or phrase
 * queries, any one enough; its excluded terms prohibited), an item's title and summary are read with the market
 * watch's {@link FrenchAnalysis} into a one-document memory index, and every topic's query runs over it.
 */
@ApplicationScoped
public class LuceneTopicClassifier implements TopicClassifier {

    private static final String TEXT = "text";

    private final FrenchAnalysis analysis = new FrenchAnalysis();
    private final TextQueries texts = new TextQueries(analysis);

    @Override
    public Map<TechItemId, Set<WatchTopicId>> classify(Collection<TechItem> items, Collection<WatchTopic> topics) {
        Map<WatchTopicId, Query> queries = new LinkedHashMap<>();
        for (WatchTopic topic : topics) {
            query(topic.query()).ifPresent(q -> queries.put(topic.id(), q));
        }
        Map<TechItemId, Set<WatchTopicId>> classes = new HashMap<>();
        MemoryIndex index = new MemoryIndex();
        for (TechItem item : items) {
            index.reset();
            index.addField(TEXT, item.title() + "\n" + item.summary(), analysis);
            Set<WatchTopicId> in = new LinkedHashSet<>();
            queries.forEach((topic, query) -> {
                if (index.search(query) > 0f) {
                    in.add(topic);
                }
            });
            classes.put(item.id(), in);
        }
        return classes;
    }

    /** The topic's query, or nothing when its terms are only common words. */
    Optional<Query> query(TopicQuery topic) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int terms = 0;
        for (String term : topic.terms()) {
            Optional<Query> q = texts.of(TEXT, term);
            if (q.isPresent()) {
                any.add(q.get(), Occur.SHOULD);
                terms++;
            }
        }
        if (terms == 0) {
            return Optional.empty();
        }
        BooleanQuery.Builder whole = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
        topic.excluded().forEach(e -> texts.of(TEXT, e).ifPresent(q -> whole.add(q, Occur.MUST_NOT)));
        return Optional.of(whole.build());
    }
}
