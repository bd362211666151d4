package org.filiere.programme;

/** Eligible: every member. */
public record OpenToAllPolicy() implements EligibilityPolicy {

    @Override
    public Eligibility assess(Candidate candidate) {
        return Eligibility.eligible();
    }

    @Override
    public String name() {
        return "open to every member";
    }

    @Override
    public String expression() {
        return "anyone";
    }
}
