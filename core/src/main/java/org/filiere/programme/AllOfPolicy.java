package org.filiere.programme;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Eligible: members meeting every one of the rules. A refusal names the first rule not met.
 *
 * @param policies the rules, at least two
 */
public record AllOfPolicy(List<EligibilityPolicy> policies) implements EligibilityPolicy {

    public AllOfPolicy {
        if (policies == null || policies.size() < 2) {
            throw new ProgrammeRefusedException("An 'all' rule combines at least two rules");
        }
        policies = List.copyOf(policies);
    }

    @Override
    public Eligibility assess(Candidate candidate) {
        for (EligibilityPolicy policy : policies) {
            Eligibility e = policy.assess(candidate);
            if (!e.isEligible()) {
                return e;
            }
        }
        return Eligibility.eligible();
    }

    @Override
    public String name() {
        return policies.stream().map(EligibilityPolicy::name).collect(Collectors.joining(" and "));
    }

    @Override
    public String expression() {
        return "all(" + policies.stream().map(EligibilityPolicy::expression).collect(Collectors.joining(", ")) + ")";
    }
}
