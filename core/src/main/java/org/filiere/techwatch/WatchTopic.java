package org.filiere.techwatch;

import java.util.Objects;

import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;

/**
 * A subject of the association's technology watch, defined by staff with a query ({@code Intelligence
 * artificielle}: {@code intelligence artificielle, IA, apprentissage automatique}).
 *
 * @param id      identity
 * @param name    its name
 * @param query   what it looks for
 * @param version the stored version, for optimistic locking (0 until stored)
 */
public record WatchTopic(WatchTopicId id, String name, TopicQuery query, long version) {

    public WatchTopic {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("A watch topic", "name", "is missing");
        }
        name = TextLimit.check("Watch topic \"" + name.strip() + "\"", "name", name.strip(), TextLimit.SHORT);
        Objects.requireNonNull(query, "query");
        TextLimit.check("Watch topic \"" + name + "\"", "query", query.toString(), TextLimit.MEDIUM);
    }
}
