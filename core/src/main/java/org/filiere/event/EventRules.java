package org.filiere.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.filiere.training.Participant;
import org.filiere.training.Schedule;

/**
 * The rules of registering for an event and coming to it, one method each. A rule that refuses throws an exception
 * that names the event, the person and the reason.
 */
public final class EventRules {

    private static final String REGISTER = "register for";

    private EventRules() {
    }

    /** Registrations are taken only once an event is published, and not after it was cancelled or held. */
    public static void acceptsRegistrations(Event event, Participant who) {
        String reason = switch (event.status()) {
            case PUBLISHED -> null;
            case DRAFT -> "it is not published yet";
            case CANCELLED -> "it was cancelled"
                    + (event.cancellationReason().isEmpty() ? "" : " (" + event.cancellationReason() + ")");
            case HELD -> "it has already taken place";
        };
        if (reason != null) {
            throw new EventRegistrationRefusedException(event, who.name(), REGISTER, reason);
        }
    }

    /** Nobody registers, or cancels, once the event has started. */
    public static void notStarted(Event event, Participant who, String attempted, Instant now) {
        if (event.schedule().hasStartedAt(now)) {
            throw new EventRegistrationRefusedException(event, who.name(), attempted, "it has already started");
        }
    }

    /** The same person cannot hold two registrations (confirmed or waitlisted) on one event. */
    public static void notAlreadyRegistered(Event event, Participant who) {
        event.registrations().stream()
                .filter(r -> r.status().isActive() && r.participant().isSamePersonAs(who))
                .findFirst()
                .ifPresent(existing -> {
                    throw new EventRegistrationRefusedException(event, who.name(), REGISTER,
                            who.name() + " already holds a " + existing.status().name().toLowerCase(Locale.ROOT)
                                    + " registration on it (as " + existing.participant().email() + ")");
                });
    }

    /**
     * People check in on the day of a published event, from midnight of its first day until it ends; only people
     * with a seat check in.
     */
    public static void checkInOnTheDay(Event event, EventRegistration registration, Instant now) {
        String reason = null;
        LocalDate today = LocalDate.ofInstant(now, Schedule.ZONE);
        if (event.status() != EventStatus.PUBLISHED) {
            reason = "the event is " + event.status().name().toLowerCase(Locale.ROOT);
        } else if (!registration.holdsSeat()) {
            reason = "their registration is " + registration.status().name().toLowerCase(Locale.ROOT)
                    + "; only people with a seat check in";
        } else if (today.isBefore(event.schedule().day())) {
            reason = "check-in opens on the day of the event, " + event.schedule().day();
        } else if (event.schedule().hasEndedAt(now)) {
            reason = "the event is over";
        }
        if (reason != null) {
            throw new CheckInRefusedException(event, registration.participant().name(), reason);
        }
    }

    /** Only people who came give feedback, once the event was held. */
    public static void feedbackFromAttendees(Event event, EventRegistration registration) {
        if (event.status() != EventStatus.HELD) {
            throw new FeedbackRefusedException(event, registration.participant().name(),
                    "the event has not been marked as held yet");
        }
        if (!registration.attended()) {
            throw new FeedbackRefusedException(event, registration.participant().name(),
                    "only people who checked in give feedback");
        }
    }
}
