package org.filiere.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.filiere.access.Actor;
import org.filiere.access.ActorId;
import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.InvalidFieldException;

/**
 * One giving or withdrawal of a consent: the one record kind every purpose shares. A consent's history is the list of
 * its changes, never rewritten; the consent in force is its latest change.
 *
 * @param id      identity
 * @param purpose what the consent is for
 * @param holder  whose consent it is: a person's e-mail address (in lower case), or a member's SIREN for the directory;
 *                after an erasure, a reference that names no one
 * @param given   true for a giving, false for a withdrawal
 * @param at      when
 * @param by      who recorded it, when someone signed in did (not the person using an unsubscribe link)
 * @param means   how it was given or withdrawn
 */
public record ConsentChange(ConsentChangeId id, ConsentPurpose purpose, String holder, boolean given, Instant at,
        Optional<ActorId> by, ConsentMeans means) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern SIREN = Pattern.compile("\\d{9}");

    public ConsentChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(means, "means");
    }

    /** A consent given now. */
    public static ConsentChange giving(ConsentPurpose purpose, String holder, Optional<Actor> by, ConsentMeans means,
            Clock clock) {
        return new ConsentChange(ConsentChangeId.random(), purpose, holderOf(purpose, holder), true, clock.instant(),
                by.map(Actor::id), means);
    }

    /** A consent withdrawn now. */
    public static ConsentChange withdrawal(ConsentPurpose purpose, String holder, Optional<Actor> by,
            ConsentMeans means, Clock clock) {
        return new ConsentChange(ConsentChangeId.random(), purpose, holderOf(purpose, holder), false, clock.instant(),
                by.map(Actor::id), means);
    }

    /**
     * The holder as consents are kept: an e-mail address in lower case, or a SIREN.
     *
     * @throws InvalidFieldException if it is neither, as the purpose needs
     */
    public static String holderOf(ConsentPurpose purpose, String holder) {
        String key = holder == null ? "" : holder.strip().toLowerCase(Locale.ROOT);
        Pattern expected = purpose.heldByMember() ? SIREN : EMAIL;
        if (!expected.matcher(key).matches()) {
            throw new InvalidFieldException("A consent to " + purpose, "holder", "\"" + key + "\" is not "
                    + (purpose.heldByMember() ? "a SIREN" : "an e-mail address"));
        }
        return key;
    }

    /** The event of this change, for the audit trail: the record it names is the holder's reference, never the address. */
    public DomainEvent event() {
        String record = purpose.heldByMember() ? holder : PersonReference.of(holder);
        return given ? new ConsentGiven(UUID.randomUUID(), at, record, id, purpose, means)
                : new ConsentWithdrawn(UUID.randomUUID(), at, record, id, purpose, means);
    }
}
