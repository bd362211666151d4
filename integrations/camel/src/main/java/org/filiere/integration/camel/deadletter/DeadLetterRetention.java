package org.filiere.integration.camel.deadletter;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.access.Actor;
import org.filiere.privacy.RetentionPolicy;
import org.filiere.privacy.RetentionRule;

/**
 * Dead letters kept for the period the retention policy gives them after their last failure, then purged (a letter
 * being retried at that moment stays). The store's delete is its own transaction.
 */
@ApplicationScoped
public class DeadLetterRetention implements RetentionRule {

    private final DeadLetterStore store;
    private final RetentionPolicy policy;
    private final Clock clock;

    @Inject
    public DeadLetterRetention(DeadLetterStore store, RetentionPolicy policy, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected DeadLetterRetention() {
        this(null, null, null);
    }

    @Override
    public String name() {
        return "dead letters";
    }

    @Override
    public int apply(Actor actor) {
        requireStaff(actor, "apply the retention of dead letters");
        return store.purgeFailedBefore(policy.deadLettersCutoff(clock));
    }
}
