package org.filiere.techwatch;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Says which watch topics news items fall into, following {@link TopicQuery}'s rules with the market watch's French
 * analysis. Implemented outside core (filiere-matching).
 */
public interface TopicClassifier {

    /**
     * The topics of each item.
     *
     * @return for each item given, the ids of its topics (possibly none)
     */
    Map<TechItemId, Set<WatchTopicId>> classify(Collection<TechItem> items, Collection<WatchTopic> topics);
}
