package org.filiere.event.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.event.Event;
import org.filiere.event.EventCalendarFile;
import org.filiere.event.EventId;
import org.filiere.event.EventQuery;
import org.filiere.event.EventStatus;
import org.filiere.event.Events;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerOrganisations;
import org.filiere.training.Schedule;

/** Calendar files of events (iCalendar, RFC 5545), written as the training calendar writes its own. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class EventCalendar {

    private final Events events;
    private final PartnerOrganisations partners;
    private final Clock clock;

    @Inject
    public EventCalendar(Events events, PartnerOrganisations partners, Clock clock) {
        this.events = events;
        this.partners = partners;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected EventCalendar() {
        this(null, null, null);
    }

    /** One event as an {@code .ics} file. */
    public String event(EventId id) {
        requireStaff("export an event's calendar file");
        return write(List.of(events.get(id)));
    }

    /**
     * The feed of published events, for calendar clients to subscribe to: every published event from today on, and
     * the ones cancelled from today on, so that subscribers see the cancellation rather than a silent disappearance.
     */
    @PublicRead
    public String publishedFeed() {
        return write(events.find(EventQuery.all().withStatus(EventStatus.PUBLISHED, EventStatus.CANCELLED)
                .startingFrom(LocalDate.ofInstant(clock.instant(), Schedule.ZONE).atStartOfDay())));
    }

    private String write(List<Event> listed) {
        Map<PartnerId, String> names = new HashMap<>();
        listed.stream().flatMap(e -> e.details().partners().stream()).distinct()
                .forEach(p -> partners.find(p).ifPresent(o -> names.put(p, o.name())));
        return EventCalendarFile.write(listed, names, clock.instant());
    }
}
