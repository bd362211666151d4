package org.filiere.programme;

/** Eligible: full, paid-up members (active) in the year of the application. */
public record ActiveMembershipPolicy() implements EligibilityPolicy {

    @Override
    public Eligibility assess(Candidate candidate) {
        if (candidate.member().isActiveIn(candidate.year())) {
            return Eligibility.eligible();
        }
        return Eligibility.refusedBy(name(), candidate.describe() + " is not an active member in " + candidate.year()
                + candidate.member().statusIn(candidate.year()).map(s -> " (its membership is " + s + ")")
                        .orElse(" (it has no membership that year)"));
    }

    @Override
    public String name() {
        return "active membership";
    }

    @Override
    public String expression() {
        return "active-membership";
    }
}
