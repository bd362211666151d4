package org.filiere.event.application;

import static org.filiere.access.AccessPolicy.onOwnRecord;
import static org.filiere.access.AccessPolicy.requireStaff;
import static org.filiere.access.AccessPolicy.requireStaffOrOwner;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.event.AttendeeCheckedIn;
import org.filiere.event.Event;
import org.filiere.event.EventCancelled;
import org.filiere.event.EventDetails;
import org.filiere.event.EventHeld;
import org.filiere.event.EventId;
import org.filiere.event.EventPublished;
import org.filiere.event.EventRegistration;
import org.filiere.event.EventRegistrationId;
import org.filiere.event.EventRegistrationPromoted;
import org.filiere.event.Events;
import org.filiere.event.UnknownEventRegistrationException;
import org.filiere.event.application.EventCommands.CancelEvent;
import org.filiere.event.application.EventCommands.CancelEventRegistration;
import org.filiere.event.application.EventCommands.ChangeEventCapacity;
import org.filiere.event.application.EventCommands.CheckIn;
import org.filiere.event.application.EventCommands.MarkEventHeld;
import org.filiere.event.application.EventCommands.PlanEvent;
import org.filiere.event.application.EventCommands.PublishEvent;
import org.filiere.event.application.EventCommands.RecordEventFeedback;
import org.filiere.event.application.EventCommands.RegisterForEvent;
import org.filiere.event.application.EventCommands.ReviseEvent;
import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.DomainEvents;
import org.filiere.member.Member;
import org.filiere.member.MemberId;
import org.filiere.member.Members;
import org.filiere.programme.PartnerOrganisations;
import org.filiere.training.Participant;

/**
 * Events and their registrations: planning, publishing, cancelling, registrations with the waitlist, check-in on the
 * day, no-shows and feedback. Each command that changes seats holds the event for the length of its transaction
 * ({@link Events#getForUpdate}), so that people registering at the same moment get seats in one consistent order.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class EventService {

    private final Events events;
    private final Members members;
    private final PartnerOrganisations partners;
    private final DomainEvents domainEvents;
    private final Clock clock;

    @Inject
    public EventService(Events events, Members members, PartnerOrganisations partners, DomainEvents domainEvents,
            Clock clock) {
        this.events = events;
        this.members = members;
        this.partners = partners;
        this.domainEvents = domainEvents;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected EventService() {
        this(null, null, null, null, null);
    }

    /** Plans an event, as a draft; its partner co-organisers must be known. */
    public EventId plan(PlanEvent c) {
        requireStaff(c.actor(), "plan an event");
        requireKnownPartners(c.details());
        Event.Planned planned = Event.plan(EventId.random(), c.details(), c.capacity(), clock);
        events.save(planned.event());
        domainEvents.publish(planned.planned());
        return planned.event().id();
    }

    /** Changes what an event announces. */
    public void revise(ReviseEvent c) {
        requireStaff(c.actor(), "change an event");
        requireKnownPartners(c.details());
        Event event = events.getForUpdate(c.event());
        event.revise(c.details(), clock).ifPresent(revised -> {
            events.save(event);
            domainEvents.publish(revised);
        });
    }

    /** Announces an event: registrations open. */
    public EventPublished publish(PublishEvent c) {
        requireStaff(c.actor(), "publish an event");
        Event event = events.getForUpdate(c.event());
        EventPublished published = event.publish(clock);
        events.save(event);
        domainEvents.publish(published);
        return published;
    }

    /** Calls an event off; its registrations are kept. */
    public EventCancelled cancel(CancelEvent c) {
        requireStaff(c.actor(), "cancel an event");
        Event event = events.getForUpdate(c.event());
        EventCancelled cancelled = event.cancel(c.reason(), clock);
        events.save(event);
        domainEvents.publish(cancelled);
        return cancelled;
    }

    /**
     * Changes the number of seats; new seats go to the waitlist.
     *
     * @return the registrations promoted
     */
    public List<EventRegistrationId> changeCapacity(ChangeEventCapacity c) {
        requireStaff(c.actor(), "change the number of seats of an event");
        Event event = events.getForUpdate(c.event());
        List<EventRegistrationPromoted> promoted = event.changeCapacity(c.capacity(), clock);
        events.save(event);
        promoted.forEach(domainEvents::publish);
        return promoted.stream().map(EventRegistrationPromoted::registrationId).toList();
    }

    /**
     * Registers a person: a seat while one remains, the waitlist after that. A member's employee pays the member
     * price when their employer is a member in the event's year.
     */
    public EventRegistrationOutcome register(RegisterForEvent c) {
        Participant participant = c.participant();
        requireMayActFor(c.actor(), participant, "register someone for an event");
        Member employer = participant.employer().map(members::get).orElse(null);
        Event event = events.getForUpdate(c.event());
        boolean memberRate = employer != null && employer.isMemberIn(event.details().start().getYear());
        Event.Registered registered = event.register(EventRegistrationId.random(), participant, memberRate, clock);
        events.save(event);
        domainEvents.publish(registered.event());
        EventRegistration r = registered.registration();
        return new EventRegistrationOutcome(r.id(), r.status(), registered.waitlistPosition(), r.price());
    }

    /**
     * Cancels a registration; when it held a seat, the first person waiting gets it.
     *
     * @return the registration promoted, if one was
     */
    public Optional<EventRegistrationId> cancelRegistration(CancelEventRegistration c) {
        return onOwnRecord(c.actor(), "cancel a registration for an event", () -> {
            Event event = events.getForUpdate(c.event());
            EventRegistration registration = event.registration(c.registration())
                    .orElseThrow(() -> new UnknownEventRegistrationException(event, c.registration()));
            requireMayActFor(c.actor(), registration.participant(), "cancel a registration for an event");
            List<DomainEvent> happened = event.cancelRegistration(c.registration(), clock);
            events.save(event);
            happened.forEach(domainEvents::publish);
            return happened.stream().filter(EventRegistrationPromoted.class::isInstance)
                    .map(EventRegistrationPromoted.class::cast).map(EventRegistrationPromoted::registrationId)
                    .findFirst();
        });
    }

    /**
     * Checks a person in, on the day.
     *
     * @return whether this was their first check-in
     */
    public boolean checkIn(CheckIn c) {
        requireStaff(c.actor(), "check people in at an event");
        Event event = events.getForUpdate(c.event());
        Optional<AttendeeCheckedIn> checkedIn = event.checkIn(c.registration(), clock);
        if (checkedIn.isPresent()) {
            events.save(event);
            domainEvents.publish(checkedIn.get());
        }
        return checkedIn.isPresent();
    }

    /** Records that the event took place; people with a seat who did not check in are no-shows. */
    public EventHeld markHeld(MarkEventHeld c) {
        requireStaff(c.actor(), "mark an event as held");
        Event event = events.getForUpdate(c.event());
        EventHeld held = event.markHeld(clock);
        events.save(event);
        domainEvents.publish(held);
        return held;
    }

    /** Records an attendee's feedback. */
    public void recordFeedback(RecordEventFeedback c) {
        requireStaff(c.actor(), "record feedback on an event");
        Event event = events.getForUpdate(c.event());
        event.recordFeedback(c.registration(), c.feedback());
        events.save(event);
    }

    private void requireKnownPartners(EventDetails details) {
        details.partners().forEach(partners::get);
    }

    static void requireMayActFor(Actor actor, Participant participant, String action) {
        requireStaffOrOwner(actor, participant.employer().map(MemberId::value), action);
    }
}
