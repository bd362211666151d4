package org.filiere.watch;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.filiere.member.MemberId;

/**
 * What a member watches for, and where its digests go: one profile per member. An inactive profile is kept
 * but matches nothing.
 */
public final class WatchProfile {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final MemberId memberId;
    private WatchCriteria criteria;
    private List<String> recipients;
    private boolean active;
    private final long version;

    /**
     * Rebuilds a profile from stored state; new profiles come from {@link #define}.
     *
     * @param version the stored version, for optimistic locking (0 when not yet stored)
     */
    public WatchProfile(MemberId memberId, WatchCriteria criteria, List<String> recipients, boolean active,
            long version) {
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.criteria = Objects.requireNonNull(criteria, "criteria");
        this.recipients = List.copyOf(recipients);
        this.active = active;
        this.version = version;
    }

    /**
     * A member's first profile.
     *
     * @throws WatchProfileRefusedException if the criteria name no interest, the value range is reversed or a
     *         recipient is not an e-mail address
     */
    public static Defined define(MemberId memberId, WatchCriteria criteria, List<String> recipients, boolean active,
            Clock clock) {
        check(memberId, criteria, recipients, active);
        WatchProfile profile = new WatchProfile(memberId, criteria, clean(recipients), active, 0);
        return new Defined(profile, new WatchProfileChanged(UUID.randomUUID(), clock.instant(), memberId, active));
    }

    /**
     * A new profile and the event of its definition.
     *
     * @param profile the profile
     * @param event   what happened
     */
    public record Defined(WatchProfile profile, WatchProfileChanged event) {
    }

    /** The member changes what it watches for, where its digests go, or whether it watches at all. */
    public WatchProfileChanged redefine(WatchCriteria newCriteria, List<String> newRecipients, boolean nowActive,
            Clock clock) {
        check(memberId, newCriteria, newRecipients, nowActive);
        this.criteria = newCriteria;
        this.recipients = clean(newRecipients);
        this.active = nowActive;
        return new WatchProfileChanged(UUID.randomUUID(), clock.instant(), memberId, nowActive);
    }

    /**
     * Takes an address out of the recipients, whatever its case, the others kept in their order: a profile left with
     * none stops matching, since an active profile needs somewhere to send its digests.
     *
     * @return the change, or nothing if the address was not a recipient
     */
    public Optional<WatchProfileChanged> forgetRecipient(String email, Clock clock) {
        List<String> kept = recipients.stream().filter(r -> !r.equalsIgnoreCase(email.strip())).toList();
        if (kept.size() == recipients.size()) {
            return Optional.empty();
        }
        recipients = kept;
        if (kept.isEmpty()) {
            active = false;
        }
        return Optional.of(new WatchProfileChanged(UUID.randomUUID(), clock.instant(), memberId, active));
    }

    /** Whether the address, whatever its case, is one of the recipients. */
    public boolean names(String email) {
        return recipients.stream().anyMatch(r -> r.equalsIgnoreCase(email.strip()));
    }

    private static void check(MemberId memberId, WatchCriteria criteria, List<String> recipients, boolean active) {
        if (!criteria.namesAnInterest()) {
            throw new WatchProfileRefusedException(memberId, "keywords",
                    "it names no keyword, phrase or CPV code, so no tender could match it");
        }
        BigDecimal min = criteria.minValue().orElse(BigDecimal.ZERO);
        if (min.signum() < 0 || criteria.maxValue().filter(m -> m.signum() < 0).isPresent()) {
            throw new WatchProfileRefusedException(memberId, "value range", "an amount cannot be negative");
        }
        if (criteria.maxValue().filter(max -> max.compareTo(min) < 0).isPresent()) {
            throw new WatchProfileRefusedException(memberId, "value range", "the least value "
                    + criteria.minValue().orElseThrow().toPlainString() + " is above the greatest value "
                    + criteria.maxValue().orElseThrow().toPlainString());
        }
        for (String recipient : recipients) {
            if (recipient == null || !EMAIL.matcher(recipient.strip()).matches()) {
                throw new WatchProfileRefusedException(memberId, "recipients",
                        "\"" + recipient + "\" is not an e-mail address");
            }
        }
        if (active && clean(recipients).isEmpty()) {
            throw new WatchProfileRefusedException(memberId, "recipients",
                    "an active profile needs at least one e-mail address to send the digests to");
        }
    }

    private static List<String> clean(List<String> recipients) {
        return recipients.stream().map(String::strip).distinct().toList();
    }

    public MemberId memberId() {
        return memberId;
    }

    public WatchCriteria criteria() {
        return criteria;
    }

    /** The e-mail addresses the member's digests go to. */
    public List<String> recipients() {
        return recipients;
    }

    public boolean isActive() {
        return active;
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "WatchProfile[" + memberId + (active ? "" : " inactive") + "]";
    }
}
