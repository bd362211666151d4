package org.filiere.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.TextLimit;
import org.filiere.member.MemberId;

/**
 * A member's consent to be listed in the association's public directory, with what it offers. The consent is
 * recorded with its date and the person who recorded it; a withdrawn consent is kept, with the date of the
 * withdrawal, and the member leaves the directory.
 */
public final class DirectoryConsent {

    private final MemberId memberId;
    private String offer;
    private Instant consentedAt;
    private String recordedBy;
    private Optional<Instant> withdrawnAt;
    private final long version;

    /**
     * Rebuilds a consent from stored state; new consents come from {@link #give}.
     *
     * @param memberId    the member
     * @param offer       what the member offers, as the directory shows it
     * @param consentedAt when the consent was given (the latest time, if it was given again)
     * @param recordedBy  who recorded it
     * @param withdrawnAt when it was withdrawn, if it was
     * @param version     the stored version, for optimistic locking (0 when not yet stored)
     */
    public DirectoryConsent(MemberId memberId, String offer, Instant consentedAt, String recordedBy,
            Optional<Instant> withdrawnAt, long version) {
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.offer = checkOffer(memberId, offer);
        this.consentedAt = Objects.requireNonNull(consentedAt, "consentedAt");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.withdrawnAt = Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        this.version = version;
    }

    /** A member consents, for the first time, to be listed with what it offers. */
    public static Given give(MemberId memberId, String offer, String recordedBy, Clock clock) {
        DirectoryConsent consent = new DirectoryConsent(memberId, offer, clock.instant(), recordedBy,
                Optional.empty(), 0);
        return new Given(consent, consent.listed(clock));
    }

    /**
     * A new consent and the event of the member's listing.
     *
     * @param consent the consent
     * @param event   what happened
     */
    public record Given(DirectoryConsent consent, MemberListedInDirectory event) {
    }

    /**
     * The member consents again after a withdrawal, or changes what it offers while listed.
     *
     * @return the event of its listing, when it was not listed
     */
    public Optional<MemberListedInDirectory> renew(String newOffer, String by, Clock clock) {
        this.offer = checkOffer(memberId, newOffer);
        if (isListed()) {
            return Optional.empty();
        }
        this.consentedAt = clock.instant();
        this.recordedBy = by;
        this.withdrawnAt = Optional.empty();
        return Optional.of(listed(clock));
    }

    /**
     * The member withdraws its consent: it leaves the directory from now on.
     *
     * @throws DirectoryRefusedException if it had withdrawn it already
     */
    public MemberWithdrawnFromDirectory withdraw(Clock clock) {
        if (!isListed()) {
            throw new DirectoryRefusedException("Member " + memberId + " is not listed in the directory: it withdrew "
                    + "its consent on " + withdrawnAt.orElseThrow() + ".");
        }
        Instant now = clock.instant();
        withdrawnAt = Optional.of(now);
        return new MemberWithdrawnFromDirectory(UUID.randomUUID(), now, memberId);
    }

    private MemberListedInDirectory listed(Clock clock) {
        return new MemberListedInDirectory(UUID.randomUUID(), clock.instant(), memberId, consentedAt);
    }

    private static String checkOffer(MemberId memberId, String offer) {
        String text = offer == null ? "" : offer.strip();
        return TextLimit.check("Directory listing of member " + memberId, "offer", text, TextLimit.LONG);
    }

    /** Whether the member is listed: it consented and did not withdraw. */
    public boolean isListed() {
        return withdrawnAt.isEmpty();
    }

    public MemberId memberId() {
        return memberId;
    }

    /** What the member offers, as the directory shows it. */
    public String offer() {
        return offer;
    }

    /** When the consent in force was given. */
    public Instant consentedAt() {
        return consentedAt;
    }

    /** Who recorded the consent. */
    public String recordedBy() {
        return recordedBy;
    }

    /** When the consent was withdrawn, if it was. */
    public Optional<Instant> withdrawnAt() {
        return withdrawnAt;
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "DirectoryConsent[" + memberId + (isListed() ? "" : " withdrawn") + "]";
    }
}
