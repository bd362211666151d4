package org.filiere.watch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.filiere.member.MemberId;

/**
 * A member's weekly digest: the week's tenders that matched its profile and that it had not been sent before,
 * each saying why it matched, grouped and ordered by deadline. It is composed once and then sent.
 */
public final class Digest {

    private static final Comparator<DigestEntry> BY_DEADLINE = Comparator
            .comparing((DigestEntry e) -> e.deadline().orElse(Instant.MAX))
            .thenComparing(DigestEntry::title).thenComparing(e -> e.tenderId().toString());

    private final DigestId id;
    private final MemberId memberId;
    private final WatchWeek week;
    private List<String> recipients;
    private final List<DigestEntry> entries;
    private final Instant composedAt;
    private Optional<Instant> sentAt;
    private final long version;

    /**
     * Rebuilds a digest from stored state; new digests come from {@link #compose}.
     *
     * @param version the stored version, for optimistic locking (0 when not yet stored)
     */
    public Digest(DigestId id, MemberId memberId, WatchWeek week, List<String> recipients, List<DigestEntry> entries,
            Instant composedAt, Optional<Instant> sentAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.week = Objects.requireNonNull(week, "week");
        this.recipients = List.copyOf(recipients);
        this.entries = entries.stream().sorted(BY_DEADLINE).toList();
        this.composedAt = Objects.requireNonNull(composedAt, "composedAt");
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
        this.version = version;
    }

    /**
     * Composes a member's digest for a week.
     *
     * @throws IllegalArgumentException if there is no entry: a member without matches gets no digest
     */
    public static Composed compose(MemberId memberId, WatchWeek week, List<String> recipients,
            List<DigestEntry> entries, Clock clock) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("A digest has at least one tender; member " + memberId
                    + " gets none for " + week);
        }
        Digest digest = new Digest(DigestId.random(), memberId, week, recipients, entries, clock.instant(),
                Optional.empty(), 0);
        return new Composed(digest, new DigestComposed(UUID.randomUUID(), clock.instant(), digest.id, memberId, week,
                entries.size()));
    }

    /**
     * A new digest and the event of its composition.
     *
     * @param digest the digest
     * @param event  what happened
     */
    public record Composed(Digest digest, DigestComposed event) {
    }

    /**
     * Leaves out the recipients who no longer consent to the digests, before it is sent.
     *
     * @throws DigestWithoutConsentException if none is left
     */
    public void keepRecipients(Predicate<String> consenting) {
        List<String> kept = recipients.stream().filter(consenting).toList();
        if (kept.isEmpty()) {
            throw new DigestWithoutConsentException(this);
        }
        recipients = kept;
    }

    /**
     * Replaces an address among the recipients, whatever its case, by a reference that names no one: the digest and
     * its tenders stay, and so do the counts made of them.
     *
     * @return whether the address was a recipient
     */
    public boolean replaceRecipient(String email, String reference) {
        String address = email.strip();
        if (recipients.stream().noneMatch(r -> r.equalsIgnoreCase(address))) {
            return false;
        }
        recipients = recipients.stream().map(r -> r.equalsIgnoreCase(address) ? reference : r).distinct().toList();
        return true;
    }

    /** Whether the address, whatever its case, is one of the recipients. */
    public boolean names(String email) {
        return recipients.stream().anyMatch(r -> r.equalsIgnoreCase(email.strip()));
    }

    /**
     * The digest went out to its recipients.
     *
     * @throws DigestAlreadySentException if it had been sent already
     */
    public DigestSent markSent(Clock clock) {
        if (sentAt.isPresent()) {
            throw new DigestAlreadySentException(this);
        }
        Instant now = clock.instant();
        sentAt = Optional.of(now);
        return new DigestSent(UUID.randomUUID(), now, id, memberId, week);
    }

    /**
     * The entries grouped by the week of their deadline, earliest first, those without a deadline last; within a
     * group, by deadline.
     */
    public List<DeadlineGroup> byDeadline(ZoneId zone) {
        Map<Optional<WatchWeek>, List<DigestEntry>> groups = new LinkedHashMap<>();
        for (DigestEntry entry : entries) {
            Optional<WatchWeek> deadlineWeek = entry.deadline().map(d -> WatchWeek.of(LocalDate.ofInstant(d, zone)));
            groups.computeIfAbsent(deadlineWeek, w -> new ArrayList<>()).add(entry);
        }
        return groups.entrySet().stream().map(g -> new DeadlineGroup(g.getKey(), g.getValue())).toList();
    }

    public DigestId id() {
        return id;
    }

    public MemberId memberId() {
        return memberId;
    }

    public WatchWeek week() {
        return week;
    }

    /** The e-mail addresses it goes to. */
    public List<String> recipients() {
        return recipients;
    }

    /** Its tenders, by deadline (those without one last). */
    public List<DigestEntry> entries() {
        return entries;
    }

    public Instant composedAt() {
        return composedAt;
    }

    /** When it was sent, if it was. */
    public Optional<Instant> sentAt() {
        return sentAt;
    }

    public boolean isSent() {
        return sentAt.isPresent();
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Digest[" + memberId + " " + week + ", " + entries.size() + " tenders]";
    }
}
