package org.filiere.privacy.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.privacy.RetentionReport;

/**
 * The retention rules applied by the library's own schedule rather than by a person: what the integrations' daily
 * timer calls.
 */
@ApplicationScoped
@BindsCurrentActor
public class RetentionJob {

    /** Who the scheduled run acts as. */
    static final Actor SCHEDULE = Actor.staff("scheduled-retention-job", "Scheduled retention job");

    private final RetentionService retention;

    @Inject
    public RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    /** For the CDI container's proxies. */
    protected RetentionJob() {
        this(null);
    }

    /** Applies every retention rule as of now. */
    public RetentionReport run() {
        requireStaff("apply the retention rules");
        return retention.apply(SCHEDULE);
    }
}
