package org.filiere.programme;

import java.util.List;

/**
 * A named rule about which members may enroll in a partner programme. Rules compose: {@link #and} requires both,
 * {@link #or} either. Each rule has a text form ({@link #expression()}) that {@link EligibilityRules#parse} reads
 * back, so that a programme's rules can be stored and configured as data.
 */
public sealed interface EligibilityPolicy permits SectorPolicy, SizeBandPolicy, CharterSignedPolicy,
        ActiveMembershipPolicy, AllOfPolicy, AnyOfPolicy, OpenToAllPolicy {

    /** Whether the candidate meets the rule, or which rule refuses them and why. */
    Eligibility assess(Candidate candidate);

    /** The rule in words, as a refusal names it. */
    String name();

    /** The rule in its text form: {@code all(sector(software-publishing), charter-signed)}. */
    String expression();

    /** This rule and the other one. */
    default EligibilityPolicy and(EligibilityPolicy other) {
        return new AllOfPolicy(List.of(this, other));
    }

    /** This rule or the other one. */
    default EligibilityPolicy or(EligibilityPolicy other) {
        return new AnyOfPolicy(List.of(this, other));
    }
}
