package org.filiere.persistence.event;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.filiere.fixtures.MutableClock;

/** Replaces the system clock of the container by one a test moves, so that events can be held. */
@ApplicationScoped
public class EventClock {

    /** The clock the container's services read. */
    public static final MutableClock CLOCK = new MutableClock(LocalDate.of(2025, 2, 1));

    @Produces
    @Alternative
    @Priority(100)
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
