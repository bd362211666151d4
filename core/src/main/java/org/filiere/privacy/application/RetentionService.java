package org.filiere.privacy.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.privacy.RetentionReport;
import org.filiere.privacy.RetentionRule;

/**
 * The retention job: applies every feature's retention rule, each in its own transaction, so that a long backlog in
 * one does not hold the others. Staff only; a scheduler (the integrations' timer route) calls it every day.
 */
@ApplicationScoped
@BindsCurrentActor
public class RetentionService {

    private final List<RetentionRule> rules;
    private final Clock clock;

    @Inject
    public RetentionService(@Any Instance<RetentionRule> rules, Clock clock) {
        this(rules.stream().toList(), clock);
    }

    /** Over the given rules. */
    public RetentionService(List<RetentionRule> rules, Clock clock) {
        this.rules = rules == null ? List.of()
                : rules.stream().sorted(Comparator.comparing(RetentionRule::name)).toList();
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected RetentionService() {
        this((List<RetentionRule>) null, null);
    }

    /** The rules applied, by name. */
    public List<String> rules() {
        requireStaff("see the retention rules");
        return rules.stream().map(RetentionRule::name).toList();
    }

    /** Applies every rule as of now. */
    public RetentionReport apply(Actor actor) {
        requireStaff(actor, "apply the retention rules");
        Map<String, Integer> affected = new LinkedHashMap<>();
        for (RetentionRule rule : rules) {
            affected.put(rule.name(), rule.apply(actor));
        }
        return new RetentionReport(clock.instant(), affected);
    }
}
