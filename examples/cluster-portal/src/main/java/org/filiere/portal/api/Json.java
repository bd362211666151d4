package org.filiere.portal.api;

import org.filiere.directory.DirectoryListing;
import org.filiere.directory.PublicEvent;
import org.filiere.training.application.RegistrationOutcome;
import org.filiere.training.application.RegistrationView;
import org.filiere.training.application.SessionView;

/** The JSON documents of the API. */
public final class Json {

    private Json() {
    }

    /**
     * A training session.
     *
     * @param id         session id
     * @param courseId   course id
     * @param title      course title
     * @param start      start, local time of the association
     * @param end        end
     * @param venue      where
     * @param capacity   seats
     * @param confirmed  seats taken
     * @param waitlisted people waiting
     * @param status     DRAFT, OPEN, FULL, CLOSED, CANCELLED or HELD
     */
    public record Session(String id, String courseId, String title, String start, String end, String venue,
            int capacity, long confirmed, long waitlisted, String status) {

        static Session of(SessionView s) {
            return new Session(s.id().value().toString(), s.courseId().value().toString(), s.courseTitle(),
                    s.plan().schedule().start().toString(), s.plan().schedule().end().toString(),
                    s.plan().venue().oneLine(), s.capacity(), s.confirmed(), s.waitlisted(), s.status().name());
        }
    }

    /**
     * Someone to register.
     *
     * @param name  their name
     * @param email their e-mail address
     */
    public record Person(String name, String email) {
    }

    /**
     * A registration just made.
     *
     * @param registrationId   its id
     * @param status           CONFIRMED or WAITLISTED
     * @param waitlistPosition the place on the waitlist, or 0 with a seat
     * @param price            the price, in euros
     */
    public record Registered(String registrationId, String status, int waitlistPosition, String price) {

        static Registered of(RegistrationOutcome o) {
            return new Registered(o.registrationId().value().toString(), o.status().name(),
                    o.waitlistPosition().orElse(0), o.price().toPlainString());
        }
    }

    /**
     * A registration as staff read it.
     *
     * @param registrationId   its id
     * @param name             the participant
     * @param organisation     their organisation
     * @param arrival          its rank of arrival on the session
     * @param status           CONFIRMED, WAITLISTED or CANCELLED
     * @param waitlistPosition the place on the waitlist, or 0
     * @param attendance       NOT_RECORDED, PRESENT or ABSENT
     */
    public record Registration(String registrationId, String name, String organisation, int arrival, String status,
            int waitlistPosition, String attendance) {

        static Registration of(RegistrationView r) {
            return new Registration(r.id().value().toString(), r.participant().name(),
                    r.participant().organisation(), r.arrival(), r.status().name(), r.waitlistPosition().orElse(0),
                    r.attendance().name());
        }
    }

    /**
     * A member of the directory.
     *
     * @param siren    SIREN
     * @param name     name
     * @param activity NAF activity
     * @param commune  commune of the head office
     */
    public record Member(String siren, String name, String activity, String commune) {

        static Member of(DirectoryListing l) {
            return new Member(l.memberId().value(), l.name(), l.activity().label(), l.address().commune());
        }
    }

    /**
     * A published event.
     *
     * @param id    event id
     * @param title title
     * @param start start, an instant
     * @param end   end, an instant, or empty
     * @param place where
     */
    public record Event(String id, String title, String start, String end, String place) {

        static Event of(PublicEvent e) {
            return new Event(e.id(), e.title(), e.start().toString(), e.end().map(Object::toString).orElse(""),
                    e.place());
        }
    }

    /**
     * A new session, scheduled by staff for the catalogue's course.
     *
     * @param courseId the course
     * @param day      the day, ISO
     * @param capacity seats
     */
    public record NewSession(String courseId, String day, int capacity) {
    }

    /**
     * A course.
     *
     * @param id    id
     * @param title title
     */
    public record Course(String id, String title) {
    }

    /**
     * A certificate checked.
     *
     * @param code    the code typed
     * @param valid   whether it is valid today
     * @param meaning what it is worth
     * @param member  the member's name, if the code is known
     */
    public record Certificate(String code, boolean valid, String meaning, String member) {
    }
}
