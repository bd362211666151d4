package org.filiere.programme;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a member may enroll in a programme, and if not, which rule refused it.
 *
 * @param refusal the refusal, when not eligible
 */
public record Eligibility(Optional<EligibilityRefusal> refusal) {

    private static final Eligibility ELIGIBLE = new Eligibility(Optional.empty());

    public Eligibility {
        Objects.requireNonNull(refusal, "refusal");
    }

    public static Eligibility eligible() {
        return ELIGIBLE;
    }

    public static Eligibility refusedBy(String policy, String reason) {
        return new Eligibility(Optional.of(new EligibilityRefusal(policy, reason)));
    }

    public boolean isEligible() {
        return refusal.isEmpty();
    }
}
