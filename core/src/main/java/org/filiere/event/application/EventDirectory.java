package org.filiere.event.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.event.Event;
import org.filiere.event.EventFigures;
import org.filiere.event.EventId;
import org.filiere.event.EventQuery;
import org.filiere.event.EventRegistration;
import org.filiere.event.EventYearFigures;
import org.filiere.event.Events;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.application.ReadsPersonalData;
import org.filiere.programme.PartnerOrganisation;
import org.filiere.programme.PartnerOrganisations;

/** Events as people read them: lists, one event, its registrations, and the figures of an event or a year. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class EventDirectory {

    private final Events events;
    private final PartnerOrganisations partners;

    @Inject
    public EventDirectory(Events events, PartnerOrganisations partners) {
        this.events = events;
        this.partners = partners;
    }

    /** For the CDI container's proxies. */
    protected EventDirectory() {
        this(null, null);
    }

    public Optional<EventView> event(EventId id) {
        requireStaff("look up an event");
        return events.find(id).map(this::view);
    }

    /** The events that match, by start time. */
    public List<EventView> events(EventQuery query) {
        requireStaff("look up events");
        return events.find(query).stream().map(this::view).toList();
    }

    /** An event's registrations in arrival order, cancelled ones included; staff only. */
    @ReadsPersonalData(PersonalDataKind.EVENT_REGISTRATIONS)
    public List<EventRegistrationView> registrations(Actor actor, EventId id) {
        requireStaff(actor, "see the registrations of an event");
        Event event = events.get(id);
        List<EventRegistrationView> views = new ArrayList<>();
        int position = 0;
        for (EventRegistration r : event.registrations()) {
            Optional<Integer> place = r.waitsForSeat() ? Optional.of(++position) : Optional.empty();
            views.add(new EventRegistrationView(r.id(), r.participant(), r.arrival(), r.status(), place, r.price(),
                    r.memberRate(), r.attendance(), r.checkedInAt(), r.feedback()));
        }
        return views;
    }

    /** One event's figures: registrants, attendance, members and others, satisfaction. */
    public EventFigures figures(EventId id) {
        requireStaff("see an event's figures");
        return events.get(id).figures();
    }

    /**
     * The year's figures over the events held that year: events held by kind, registrants, attendance rate, members
     * and non-members, satisfaction. The store counts them with aggregate queries; the activity report calls this.
     */
    public EventYearFigures yearFigures(int year) {
        requireStaff("see the year's event figures");
        return events.yearFigures(year);
    }

    private EventView view(Event e) {
        List<String> names = e.details().partners().stream()
                .map(p -> partners.find(p).map(PartnerOrganisation::name).orElse(p.toString())).toList();
        return new EventView(e.id(), e.details(), names, e.capacity(), e.status(), e.confirmedCount(),
                e.waitlistedCount(), e.sequence(), e.version());
    }
}
