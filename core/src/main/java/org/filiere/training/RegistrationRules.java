package org.filiere.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of registration, one method each. A rule that refuses throws a {@link RegistrationRefusedException}
 * that says why in words a staff member (or the person registering) understands.
 */
public final class RegistrationRules {

    /** How a day is written in messages: {@code 14 March 2025}. */
    public static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final String REGISTER = "register for";

    private RegistrationRules() {
    }

    /** Registrations are taken only while a session is open (or full, for the waitlist). */
    public static void sessionAcceptsRegistrations(Session session, Participant who) {
        String reason = switch (session.status()) {
            case OPEN, FULL -> null;
            case DRAFT -> "registrations are not open yet";
            case CLOSED -> "registrations are closed";
            case CANCELLED -> "the session was cancelled"
                    + (session.cancellationReason().isEmpty() ? "" : " (" + session.cancellationReason() + ")");
            case HELD -> "the session has already taken place";
        };
        if (reason != null) {
            throw new RegistrationRefusedException(session, who.name(), REGISTER, reason);
        }
    }

    /** Nobody registers after the registration deadline (the deadline day itself is still open). */
    public static void beforeDeadline(Session session, Participant who, LocalDate today) {
        if (today.isAfter(session.registrationDeadline())) {
            throw new RegistrationRefusedException(session, who.name(), REGISTER,
                    "the registration deadline, " + session.registrationDeadline().format(DAY_FORMAT) + ", has passed");
        }
    }

    /** Nobody registers once the session has started, even when the deadline is the day it starts. */
    public static void notStarted(Session session, Participant who, Instant now) {
        if (session.schedule().hasStartedAt(now)) {
            throw new RegistrationRefusedException(session, who.name(), REGISTER, "the session has already started");
        }
    }

    /** The same person cannot hold two registrations (confirmed or waitlisted) on one session. */
    public static void notAlreadyRegistered(Session session, Participant who) {
        session.registrations().stream()
                .filter(r -> r.status().isActive() && r.participant().isSamePersonAs(who))
                .findFirst()
                .ifPresent(existing -> {
                    throw new RegistrationRefusedException(session, who.name(), REGISTER,
                            who.name() + " already holds a " + existing.status().name().toLowerCase(Locale.ROOT)
                                    + " registration on it (as " + existing.participant().email() + ")");
                });
    }

    /** A registration is confirmed while seats remain; after that it goes on the waitlist. */
    public static boolean seatRemains(Session session) {
        return session.seats().seatRemains();
    }

    /** When a seat frees up, it goes to the first person on the waitlist, in arrival order. */
    public static Optional<Registration> nextToPromote(Session session) {
        return session.seats().nextToPromote();
    }

    /** A registration can be cancelled until the session starts; a cancelled or held session keeps its record. */
    public static void cancellable(Session session, Registration registration, Instant now) {
        String reason = null;
        if (!registration.status().isActive()) {
            reason = "this registration was already cancelled";
        } else if (!session.status().isLive()) {
            reason = "the session was " + (session.status() == SessionStatus.HELD ? "already held" : "cancelled");
        } else if (session.schedule().hasStartedAt(now)) {
            reason = "the session has already started";
        }
        if (reason != null) {
            throw new RegistrationRefusedException(session, registration.participant().name(),
                    "cancel their registration for", reason);
        }
    }
}
