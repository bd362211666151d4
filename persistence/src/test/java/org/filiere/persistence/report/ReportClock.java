package org.filiere.persistence.report;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.filiere.fixtures.MutableClock;

/** Replaces the system clock of the container by one the report tests move through past years. */
@ApplicationScoped
public class ReportClock {

    static final MutableClock CLOCK = new MutableClock(LocalDate.of(2024, 1, 15));

    @Produces
    @Alternative
    @Priority(100)
    @Singleton
    Clock clock() {
        return CLOCK;
    }
}
