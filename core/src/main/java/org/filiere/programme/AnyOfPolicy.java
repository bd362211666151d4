package org.filiere.programme;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Eligible: members meeting at least one of the rules. A refusal names the whole alternative and gives each
 * rule's reason.
 *
 * @param policies the rules, at least two
 */
public record AnyOfPolicy(List<EligibilityPolicy> policies) implements EligibilityPolicy {

    public AnyOfPolicy {
        if (policies == null || policies.size() < 2) {
            throw new ProgrammeRefusedException("An 'any' rule combines at least two rules");
        }
        policies = List.copyOf(policies);
    }

    @Override
    public Eligibility assess(Candidate candidate) {
        StringBuilder reasons = new StringBuilder();
        for (EligibilityPolicy policy : policies) {
            Eligibility e = policy.assess(candidate);
            if (e.isEligible()) {
                return e;
            }
            reasons.append(reasons.isEmpty() ? "" : "; ").append(e.refusal().orElseThrow().reason());
        }
        return Eligibility.refusedBy(name(), reasons.toString());
    }

    @Override
    public String name() {
        return "(" + policies.stream().map(EligibilityPolicy::name).collect(Collectors.joining(" or ")) + ")";
    }

    @Override
    public String expression() {
        return "any(" + policies.stream().map(EligibilityPolicy::expression).collect(Collectors.joining(", ")) + ")";
    }
}
