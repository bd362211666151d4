package org.filiere.techwatch.application;

import java.net.URI;

import org.filiere.access.Actor;
import org.filiere.techwatch.TechItemId;
import org.filiere.techwatch.TechLetterId;
import org.filiere.watch.WatchWeek;

/** The commands of the technology watch, each saying who acts. */
public final class TechWatchCommands {

    private TechWatchCommands() {
    }

    /**
     * Staff follow a news feed.
     *
     * @param actor staff
     * @param name  what they call it
     * @param url   its address
     */
    public record FollowFeed(Actor actor, String name, URI url) {
    }

    /**
     * Staff define a watch topic, or change the query of the topic of that name.
     *
     * @param actor staff
     * @param name  the topic's name
     * @param query its query, as staff write it ({@code intelligence artificielle, IA, -crypto})
     */
    public record DefineTopic(Actor actor, String name, String query) {
    }

    /**
     * Staff start the letter of a week.
     *
     * @param actor staff
     * @param title its title
     * @param week  the week
     */
    public record DraftLetter(Actor actor, String title, WatchWeek week) {
    }

    /**
     * Staff pick an item for a letter, with a comment.
     *
     * @param actor    staff
     * @param letterId the letter
     * @param itemId   the item
     * @param comment  their comment
     */
    public record PickItem(Actor actor, TechLetterId letterId, TechItemId itemId, String comment) {
    }

    /**
     * Staff change an item's comment in a letter.
     *
     * @param actor    staff
     * @param letterId the letter
     * @param itemId   the item
     * @param comment  the new comment
     */
    public record CommentItem(Actor actor, TechLetterId letterId, TechItemId itemId, String comment) {
    }

    /**
     * Staff move an item to a place in a letter (counted from 1).
     *
     * @param actor    staff
     * @param letterId the letter
     * @param itemId   the item
     * @param place    its new place
     */
    public record MoveItem(Actor actor, TechLetterId letterId, TechItemId itemId, int place) {
    }

    /**
     * Staff take an item out of a letter.
     *
     * @param actor    staff
     * @param letterId the letter
     * @param itemId   the item
     */
    public record DropItem(Actor actor, TechLetterId letterId, TechItemId itemId) {
    }

    /**
     * Staff publish a letter: it goes to every subscriber.
     *
     * @param actor    staff
     * @param letterId the letter
     */
    public record PublishLetter(Actor actor, TechLetterId letterId) {
    }
}
