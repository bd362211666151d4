package org.filiere.project;

/** What the committee decided on a proposal. */
public enum DecisionOutcome {
    LABELLED("label"),
    REJECTED("reject"),
    DEFERRED("defer");

    private final String verb;

    DecisionOutcome(String verb) {
        this.verb = verb;
    }

    /** The decision as a verb: label, reject, defer. */
    public String verb() {
        return verb;
    }
}
