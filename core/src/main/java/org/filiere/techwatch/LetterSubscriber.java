package org.filiere.techwatch;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;

/**
 * A person who subscribed to the technology letter, with the date of their consent; they may unsubscribe. This is
 * personal data: it can be exported and erased on request.
 *
 * @param id           identity
 * @param name         their name
 * @param email        where the letter goes (kept in lower case)
 * @param consentedAt  when they subscribed
 * @param withdrawnAt  when they unsubscribed, if they did
 * @param version      the stored version, for optimistic locking (0 until stored)
 */
public record LetterSubscriber(LetterSubscriberId id, String name, String email, Instant consentedAt,
        Optional<Instant> withdrawnAt, long version) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public LetterSubscriber {
        Objects.requireNonNull(id, "id");
        name = TextLimit.check("A subscriber to the technology letter", "name", name == null ? "" : name.strip(),
                TextLimit.SHORT);
        email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches()) {
            throw new InvalidFieldException("Subscriber " + (name.isEmpty() ? "to the technology letter" : name),
                    "e-mail address", "\"" + email + "\" is not an e-mail address");
        }
        TextLimit.check("Subscriber " + name, "e-mail address", email, TextLimit.SHORT);
        Objects.requireNonNull(consentedAt, "consentedAt");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
    }

    /** A person subscribes now. */
    public static LetterSubscriber subscribe(String name, String email, Clock clock) {
        return new LetterSubscriber(LetterSubscriberId.random(), name, email, clock.instant(), Optional.empty(), 0);
    }

    /** Whether the letter goes to them. */
    public boolean isSubscribed() {
        return withdrawnAt.isEmpty();
    }

    /** The same person, unsubscribed now. */
    public LetterSubscriber unsubscribed(Clock clock) {
        return new LetterSubscriber(id, name, email, consentedAt, Optional.of(clock.instant()), version);
    }

    /** The same person, subscribed again now. */
    public LetterSubscriber resubscribed(String newName, Clock clock) {
        return new LetterSubscriber(id, newName == null || newName.isBlank() ? name : newName, email, clock.instant(),
                Optional.empty(), version);
    }
}
