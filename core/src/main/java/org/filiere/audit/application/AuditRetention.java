package org.filiere.audit.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.audit.AuditTrail;
import org.filiere.privacy.RetentionPolicy;
import org.filiere.privacy.RetentionRule;

/** Audit entries kept for the period the retention policy gives the audit trail, then removed, oldest first. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class AuditRetention implements RetentionRule {

    private final AuditTrail trail;
    private final RetentionPolicy policy;
    private final Clock clock;

    @Inject
    public AuditRetention(AuditTrail trail, RetentionPolicy policy, Clock clock) {
        this.trail = trail;
        this.policy = policy;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected AuditRetention() {
        this(null, null, null);
    }

    @Override
    @PublicRead
    public String name() {
        return "audit trail";
    }

    @Override
    public int apply(Actor actor) {
        requireStaff(actor, "apply the retention of the audit trail");
        return trail.purgeOccurredBefore(policy.auditCutoff(clock));
    }
}
