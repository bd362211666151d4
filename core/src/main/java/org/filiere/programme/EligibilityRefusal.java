package org.filiere.programme;

/**
 * Which eligibility rule refused a member, and why.
 *
 * @param policy the rule, as staff name it ({@code size 10-249 employees})
 * @param reason why the member does not meet it
 */
public record EligibilityRefusal(String policy, String reason) {

    public EligibilityRefusal {
        if (policy == null || policy.isBlank()) {
            throw new IllegalArgumentException("A refusal names the rule that refused");
        }
        reason = reason == null ? "" : reason.strip();
    }

    @Override
    public String toString() {
        return policy + ": " + reason;
    }
}
