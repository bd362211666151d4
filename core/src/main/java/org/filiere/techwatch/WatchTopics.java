package org.filiere.techwatch;

import java.util.List;
import java.util.Optional;

/** The technology watch's topics, wherever they are stored. */
public interface WatchTopics {

    /**
     * Stores a new topic or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read
     */
    void save(WatchTopic topic);

    Optional<WatchTopic> find(WatchTopicId id);

    /** The topic with this name (case aside), if there is one. */
    Optional<WatchTopic> named(String name);

    /** Every topic, by name. */
    List<WatchTopic> all();
}
