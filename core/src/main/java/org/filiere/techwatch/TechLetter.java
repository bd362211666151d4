package org.filiere.techwatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;
import org.filiere.watch.WatchWeek;

/**
 * The weekly technology letter: staff pick items, comment them and put them in order while it is a draft; once
 * published it is sent to the subscribers and kept, unchanged, in the archive.
 */
public final class TechLetter {

    private final TechLetterId id;
    private String title;
    private final WatchWeek week;
    private final List<LetterEntry> entries;
    private Optional<Instant> publishedAt;
    private final long version;

    /**
     * Rebuilds a letter from stored state; new letters come from {@link #draft}.
     *
     * @param version the stored version, for optimistic locking (0 when not yet stored)
     */
    public TechLetter(TechLetterId id, String title, WatchWeek week, List<LetterEntry> entries,
            Optional<Instant> publishedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = checkTitle(title);
        this.week = Objects.requireNonNull(week, "week");
        this.entries = new ArrayList<>(entries);
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.version = version;
    }

    /** A new, empty draft letter for a week. */
    public static TechLetter draft(String title, WatchWeek week) {
        return new TechLetter(TechLetterId.random(), title, week, List.of(), Optional.empty(), 0);
    }

    /**
     * Adds an item at the end, with a comment.
     *
     * @throws TechWatchRefusedException if the letter is published or already has the item
     */
    public void add(TechItemId itemId, String comment) {
        requireDraft("add an item to");
        if (position(itemId).isPresent()) {
            throw new TechWatchRefusedException("The technology letter \"" + title + "\" already has item " + itemId
                    + "; change its comment or its place instead.");
        }
        entries.add(new LetterEntry(itemId, comment));
    }

    /** Changes the comment of an item of the letter. */
    public void comment(TechItemId itemId, String comment) {
        requireDraft("comment an item of");
        entries.set(require(itemId), new LetterEntry(itemId, comment));
    }

    /**
     * Moves an item to a place in the letter, counted from 1; a place past the end puts it last.
     *
     * @throws TechWatchRefusedException if the place is below 1
     */
    public void move(TechItemId itemId, int place) {
        requireDraft("reorder");
        if (place < 1) {
            throw new TechWatchRefusedException("Places in the technology letter \"" + title
                    + "\" are counted from 1, not " + place + ".");
        }
        LetterEntry entry = entries.remove(require(itemId));
        entries.add(Math.min(place - 1, entries.size()), entry);
    }

    /** Takes an item out of the letter. */
    public void remove(TechItemId itemId) {
        requireDraft("remove an item from");
        entries.remove(require(itemId));
    }

    /**
     * Publishes the letter: it can no longer change and goes to the subscribers.
     *
     * @throws TechWatchRefusedException if it is already published or has no item
     */
    public TechLetterPublished publish(Clock clock) {
        requireDraft("publish");
        if (entries.isEmpty()) {
            throw new TechWatchRefusedException("The technology letter \"" + title
                    + "\" has no item yet; pick at least one before publishing it.");
        }
        Instant now = clock.instant();
        publishedAt = Optional.of(now);
        return new TechLetterPublished(UUID.randomUUID(), now, id, week, entries.size());
    }

    /** Renames a draft letter. */
    public void rename(String newTitle) {
        requireDraft("rename");
        this.title = checkTitle(newTitle);
    }

    private void requireDraft(String action) {
        if (publishedAt.isPresent()) {
            throw new TechWatchRefusedException("Cannot " + action + " the technology letter \"" + title
                    + "\": it was published on " + publishedAt.get() + " and is kept as it was sent.");
        }
    }

    private int require(TechItemId itemId) {
        return position(itemId).orElseThrow(() -> new TechWatchRefusedException(
                "The technology letter \"" + title + "\" has no item " + itemId + "."));
    }

    private Optional<Integer> position(TechItemId itemId) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).itemId().equals(itemId)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String checkTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidFieldException("A technology letter", "title", "is missing");
        }
        return TextLimit.check("Technology letter \"" + title.strip() + "\"", "title", title.strip(), TextLimit.SHORT);
    }

    public TechLetterId id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** The week it covers. */
    public WatchWeek week() {
        return week;
    }

    /** Its items, in the letter's order. */
    public List<LetterEntry> entries() {
        return List.copyOf(entries);
    }

    /** When it was published, if it was. */
    public Optional<Instant> publishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return publishedAt.isPresent();
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "TechLetter[" + title + " " + week + (isPublished() ? " published" : " draft") + "]";
    }
}
