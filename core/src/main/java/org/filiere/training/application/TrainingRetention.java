package org.filiere.training.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.privacy.RetentionPolicy;
import org.filiere.privacy.RetentionRule;
import org.filiere.training.Session;
import org.filiere.training.Sessions;

/**
 * Training registrations kept no longer than the retention policy says: once a session ended longer ago, its
 * registrations are anonymised, keeping the seats, attendance and scores the figures count.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class TrainingRetention implements RetentionRule {

    private final Sessions sessions;
    private final RetentionPolicy policy;
    private final Clock clock;

    @Inject
    public TrainingRetention(Sessions sessions, RetentionPolicy policy, Clock clock) {
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected TrainingRetention() {
        this(null, null, null);
    }

    @Override
    @PublicRead
    public String name() {
        return "training registrations";
    }

    @Override
    public int apply(Actor actor) {
        requireStaff(actor, "apply the retention of training registrations");
        LocalDateTime cutoff = policy.registrationsCutoff(clock);
        int erased = 0;
        for (Session found : sessions.endedBeforeWithPersonalData(cutoff)) {
            Session session = sessions.getForUpdate(found.id());
            erased += session.eraseEveryone();
            sessions.save(session);
        }
        return erased;
    }
}
