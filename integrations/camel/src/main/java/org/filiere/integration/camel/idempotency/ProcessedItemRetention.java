package org.filiere.integration.camel.idempotency;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.access.Actor;
import org.filiere.privacy.RetentionPolicy;
import org.filiere.privacy.RetentionRule;

/**
 * Keys of processed items kept for the period the retention policy gives them, then purged from every idempotent
 * repository, in one transaction of their own.
 */
@ApplicationScoped
public class ProcessedItemRetention implements RetentionRule {

    private final IdempotentRepositories repositories;
    private final RetentionPolicy policy;
    private final Clock clock;

    @Inject
    public ProcessedItemRetention(IdempotentRepositories repositories, RetentionPolicy policy, Clock clock) {
        this.repositories = repositories;
        this.policy = policy;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected ProcessedItemRetention() {
        this(null, null, null);
    }

    @Override
    public String name() {
        return "processed items";
    }

    @Override
    public int apply(Actor actor) {
        requireStaff(actor, "apply the retention of processed items");
        return repositories.purgeProcessedBefore(policy.processedItemsCutoff(clock));
    }
}
