package org.filiere.event.application;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.directory.PartnerAddress;
import org.filiere.directory.PublicEvent;
import org.filiere.directory.PublishedEvents;
import org.filiere.event.Event;
import org.filiere.event.EventDetails;
import org.filiere.event.EventQuery;
import org.filiere.event.EventStatus;
import org.filiere.event.Events;
import org.filiere.training.Schedule;
import org.filiere.training.Venue;

/**
 * The association's published events as partners see them: those published and not yet started, with only what the
 * public may know (no prices, organiser or registrations). The partner directory publishes them as schema.org
 * {@code Event} JSON-LD and iCalendar.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class EventPublication implements PublishedEvents {

    private final Events events;
    private final Clock clock;

    @Inject
    public EventPublication(Events events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected EventPublication() {
        this(null, null);
    }

    @Override
    @PublicRead
    public List<PublicEvent> upcoming() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), Schedule.ZONE);
        return events.find(EventQuery.all().withStatus(EventStatus.PUBLISHED).startingFrom(now)).stream()
                .sorted(Comparator.comparing((Event e) -> e.details().start()).thenComparing(e -> e.id().toString()))
                .map(EventPublication::published)
                .toList();
    }

    private static PublicEvent published(Event event) {
        EventDetails d = event.details();
        Venue venue = d.venue();
        return new PublicEvent(event.id().value().toString(), d.title(), d.description(),
                d.start().atZone(Schedule.ZONE).toInstant(),
                Optional.of(d.end().atZone(Schedule.ZONE).toInstant()), venue.name(),
                new PartnerAddress(venue.street(), venue.postcode(), venue.commune(), "FR"), Optional.empty());
    }
}
