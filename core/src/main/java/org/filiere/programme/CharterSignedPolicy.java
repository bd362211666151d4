package org.filiere.programme;

/** Eligible: members holding a valid signature of the Charter of Good Practices in force. */
public record CharterSignedPolicy() implements EligibilityPolicy {

    @Override
    public Eligibility assess(Candidate candidate) {
        return candidate.charterSigned() ? Eligibility.eligible()
                : Eligibility.refusedBy(name(), candidate.describe()
                        + " has not signed the Charter of Good Practices in force");
    }

    @Override
    public String name() {
        return "charter signed";
    }

    @Override
    public String expression() {
        return "charter-signed";
    }
}
