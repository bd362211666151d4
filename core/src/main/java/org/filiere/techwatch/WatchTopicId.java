package org.filiere.techwatch;

import java.util.UUID;

import org.filiere.kernel.Ids;

/**
 * The identity of a watch topic.
 *
 * @param value a random UUID
 */
public record WatchTopicId(UUID value) {

    public static WatchTopicId random() {
        return new WatchTopicId(UUID.randomUUID());
    }

    public static WatchTopicId parse(String text) {
        return new WatchTopicId(Ids.uuid("A watch topic", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
