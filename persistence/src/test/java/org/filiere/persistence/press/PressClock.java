package org.filiere.persistence.press;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.filiere.fixtures.MutableClock;

/** Replaces the system clock of the container by one a test moves, so that embargoes can be reached. */
@ApplicationScoped
public class PressClock {

    static final MutableClock CLOCK = new MutableClock(LocalDate.of(2026, 3, 2));

    @Produces
    @Alternative
    @Priority(100)
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
