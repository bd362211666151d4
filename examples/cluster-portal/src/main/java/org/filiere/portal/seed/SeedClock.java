package org.filiere.portal.seed;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import org.filiere.wiring.CoreProducers;

/**
 * The portal's clock: the system clock in the association's time zone, except while the first start seeds the
 * demo cluster's past (a session held last month, with its registrations taken before it), when it shows the moment
 * being seeded. It replaces the library's system clock.
 */
@Singleton
@Alternative
@Priority(10)
public class SeedClock extends Clock {

    private volatile Instant replayed;

    /** From now on, the clock shows this moment, until {@link #resume()}. */
    public void replayAt(Instant moment) {
        replayed = moment;
    }

    /** Back to the system clock. */
    public void resume() {
        replayed = null;
    }

    @Override
    public ZoneId getZone() {
        return CoreProducers.ASSOCIATION_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant moment = replayed;
        return moment == null ? Clock.system(zone) : Clock.fixed(moment, zone);
    }

    @Override
    public Instant instant() {
        Instant moment = replayed;
        return moment == null ? Instant.now() : moment;
    }
}
