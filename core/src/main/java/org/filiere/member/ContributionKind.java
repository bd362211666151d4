package org.filiere.member;

/** The kinds of work members give days to. */
public enum ContributionKind {
    COMMITTEE_SEAT("committee seat"),
    WORKING_GROUP("working group"),
    TRAINING_SPEAKER("speaking at a training"),
    EVENT_HOST("hosting an event"),
    EVENT_SPEAKER("speaking at an event"),
    MENTORING("mentoring a project"),
    OTHER("other work for the cluster");

    private final String label;

    ContributionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
