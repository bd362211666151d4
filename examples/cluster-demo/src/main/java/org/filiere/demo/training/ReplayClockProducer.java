package org.filiere.demo.training;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the {@link ReplayClock} the demo's clock, in place of the library's system clock. */
@ApplicationScoped
public class ReplayClockProducer {

    @Produces
    @Alternative
    @Priority(10)
    @Singleton
    ReplayClock clock() {
        return new ReplayClock();
    }
}
