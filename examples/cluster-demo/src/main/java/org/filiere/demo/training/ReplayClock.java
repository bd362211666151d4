package org.filiere.demo.training;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.filiere.wiring.CoreProducers;

/**
 * The demo's clock: the system clock in the association's time zone, except while the tour replays the past year
 * of training (sessions opened weeks before they took place, people registering before the deadline, attendance
 * recorded the day after), when it shows the moment being replayed.
 */
public class ReplayClock extends Clock {

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
