package org.filiere.event.application;

import org.filiere.access.Actor;
import org.filiere.event.EventDetails;
import org.filiere.event.EventId;
import org.filiere.event.EventRegistrationId;
import org.filiere.training.Participant;
import org.filiere.training.Satisfaction;

/** The commands on events and their registrations, each saying who acts. */
public final class EventCommands {

    private EventCommands() {
    }

    /**
     * Staff plan an event, as a draft.
     *
     * @param actor    staff
     * @param details  what it announces
     * @param capacity its seats
     */
    public record PlanEvent(Actor actor, EventDetails details, int capacity) {
    }

    /**
     * Staff change what an event announces.
     *
     * @param actor   staff
     * @param event   the event
     * @param details the new details
     */
    public record ReviseEvent(Actor actor, EventId event, EventDetails details) {
    }

    /**
     * Staff announce an event: registrations open.
     *
     * @param actor staff
     * @param event the event
     */
    public record PublishEvent(Actor actor, EventId event) {
    }

    /**
     * Staff call an event off.
     *
     * @param actor  staff
     * @param event  the event
     * @param reason why, for the people registered
     */
    public record CancelEvent(Actor actor, EventId event, String reason) {
    }

    /**
     * Staff change the number of seats; new seats go to the waitlist.
     *
     * @param actor    staff
     * @param event    the event
     * @param capacity the new number of seats
     */
    public record ChangeEventCapacity(Actor actor, EventId event, int capacity) {
    }

    /**
     * Staff, or a member's representative for the member's people, register someone.
     *
     * @param actor       who acts
     * @param event       the event
     * @param participant who registers
     */
    public record RegisterForEvent(Actor actor, EventId event, Participant participant) {
    }

    /**
     * Staff, or the member's representative, cancel a registration.
     *
     * @param actor        who acts
     * @param event        the event
     * @param registration the registration
     */
    public record CancelEventRegistration(Actor actor, EventId event, EventRegistrationId registration) {
    }

    /**
     * Staff check a person in on the day.
     *
     * @param actor        staff
     * @param event        the event
     * @param registration their registration
     */
    public record CheckIn(Actor actor, EventId event, EventRegistrationId registration) {
    }

    /**
     * Staff record that the event took place; those not checked in are no-shows.
     *
     * @param actor staff
     * @param event the event
     */
    public record MarkEventHeld(Actor actor, EventId event) {
    }

    /**
     * Staff record an attendee's feedback.
     *
     * @param actor        staff
     * @param event        the event
     * @param registration the attendee's registration
     * @param feedback     1 to 5, with a comment
     */
    public record RecordEventFeedback(Actor actor, EventId event, EventRegistrationId registration,
            Satisfaction feedback) {
    }
}
