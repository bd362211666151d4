package org.filiere.press;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;

/**
 * A press release: written as a draft, scheduled for a distribution list with an embargo (a date and time before
 * which it must not leave), and published once the embargo is lifted, when it is sent to the list.
 */
public final class PressRelease {

    /** Where a release stands. */
    public enum Status {
        /** Being written. */
        DRAFT,
        /** Ready, waiting for its embargo to be lifted. */
        SCHEDULED,
        /** Published and sent to its list. */
        PUBLISHED
    }

    private final PressReleaseId id;
    private String title;
    private String body;
    private DistributionListId listId;
    private Status status;
    private Optional<Instant> embargo;
    private Optional<Instant> publishedAt;
    private final long version;

    /**
     * Rebuilds a release from stored state; new ones come from {@link #draft}.
     *
     * @param version the stored version, for optimistic locking (0 when not yet stored)
     */
    public PressRelease(PressReleaseId id, String title, String body, DistributionListId listId, Status status,
            Optional<Instant> embargo, Optional<Instant> publishedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = checkTitle(title);
        this.body = checkBody(this.title, body);
        this.listId = Objects.requireNonNull(listId, "listId");
        this.status = Objects.requireNonNull(status, "status");
        this.embargo = Objects.requireNonNull(embargo, "embargo");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.version = version;
    }

    /** A new draft, for a distribution list. */
    public static PressRelease draft(String title, String body, DistributionListId listId) {
        return new PressRelease(PressReleaseId.random(), title, body, listId, Status.DRAFT, Optional.empty(),
                Optional.empty(), 0);
    }

    /** Rewrites a draft or a scheduled release. */
    public void edit(String newTitle, String newBody, DistributionListId newList) {
        requireNotPublished("edit");
        this.title = checkTitle(newTitle);
        this.body = checkBody(this.title, newBody);
        this.listId = Objects.requireNonNull(newList, "listId");
    }

    /**
     * Schedules the release: it will be published, and sent, once the embargo is lifted ({@link EmbargoPolicy}); no
     * embargo means at the next dispatch.
     *
     * @throws PressRefusedException if it is published already
     */
    public PressReleaseScheduled schedule(Optional<Instant> newEmbargo, Clock clock) {
        requireNotPublished("schedule");
        this.embargo = Objects.requireNonNull(newEmbargo, "embargo");
        this.status = Status.SCHEDULED;
        return new PressReleaseScheduled(UUID.randomUUID(), clock.instant(), id, newEmbargo);
    }

    /** Takes a scheduled release back to draft, before its embargo is lifted. */
    public void unschedule() {
        requireNotPublished("take back");
        this.status = Status.DRAFT;
    }

    /**
     * Publishes the release if it is scheduled and its embargo is lifted.
     *
     * @return the event of its publication, or nothing when it is not due
     */
    public Optional<PressReleasePublished> publishIfDue(Clock clock) {
        Instant now = clock.instant();
        if (status != Status.SCHEDULED || !EmbargoPolicy.isLifted(embargo, now)) {
            return Optional.empty();
        }
        status = Status.PUBLISHED;
        publishedAt = Optional.of(now);
        return Optional.of(new PressReleasePublished(UUID.randomUUID(), now, id, listId, embargo));
    }

    private void requireNotPublished(String action) {
        if (status == Status.PUBLISHED) {
            throw new PressRefusedException("Cannot " + action + " the press release \"" + title
                    + "\": it was published on " + publishedAt.orElseThrow() + ".");
        }
    }

    private static String checkTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidFieldException("A press release", "title", "is missing");
        }
        return TextLimit.check("Press release \"" + title.strip() + "\"", "title", title.strip(), TextLimit.SHORT);
    }

    private static String checkBody(String title, String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidFieldException("Press release \"" + title + "\"", "text", "is missing");
        }
        return TextLimit.check("Press release \"" + title + "\"", "text", body.strip(), 20_000);
    }

    public PressReleaseId id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Its text. */
    public String body() {
        return body;
    }

    /** The list it goes to. */
    public DistributionListId listId() {
        return listId;
    }

    public Status status() {
        return status;
    }

    /** The moment before which it must not leave, if any. */
    public Optional<Instant> embargo() {
        return embargo;
    }

    /** When it was published, if it was. */
    public Optional<Instant> publishedAt() {
        return publishedAt;
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "PressRelease[" + title + " " + status + "]";
    }
}
