package org.filiere.project;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a project stands. A project is a proposal until the labelling committee decides on it:
 * draft, submitted, under review, then labelled, rejected or deferred (a deferred proposal goes under review again
 * at a later session). A labelled project goes on to experimentation, then prototyping, and ends completed; it may
 * be abandoned on the way.
 */
public enum ProjectState {
    /** The holder is writing the proposal. */
    DRAFT("draft"),
    /** The proposal was submitted to the association. */
    SUBMITTED("submitted"),
    /** The proposal is on a committee session's agenda. */
    UNDER_REVIEW("under review"),
    /** The committee labelled it: it is a labelled project. */
    LABELLED("labelled"),
    /** The committee rejected it. */
    REJECTED("rejected"),
    /** The committee deferred its decision to a later session. */
    DEFERRED("deferred"),
    /** The labelled project is being tried out on a site or at an event. */
    EXPERIMENTATION("experimentation"),
    /** The labelled project is building its prototype. */
    PROTOTYPING("prototyping"),
    /** The project reached its end. */
    COMPLETED("completed"),
    /** The project was given up after its labelling. */
    ABANDONED("abandoned");

    private final String label;

    ProjectState(String label) {
        this.label = label;
    }

    /** The state as staff name it. */
    public String label() {
        return label;
    }

    /** The states the lifecycle allows next. */
    public Set<ProjectState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SUBMITTED);
            case SUBMITTED, DEFERRED -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(LABELLED, REJECTED, DEFERRED);
            case LABELLED -> EnumSet.of(EXPERIMENTATION, ABANDONED);
            case EXPERIMENTATION -> EnumSet.of(PROTOTYPING, ABANDONED);
            case PROTOTYPING -> EnumSet.of(COMPLETED, ABANDONED);
            case REJECTED, COMPLETED, ABANDONED -> EnumSet.noneOf(ProjectState.class);
        };
    }

    /** Whether the lifecycle allows moving from this state to {@code target}. */
    public boolean canMoveTo(ProjectState target) {
        return next().contains(target);
    }

    /** Whether the project is still a proposal the committee has not labelled or rejected. */
    public boolean isProposal() {
        return this == DRAFT || this == SUBMITTED || this == UNDER_REVIEW || this == DEFERRED;
    }

    /** Whether it is a labelled project still being carried out (labelled, experimentation or prototyping). */
    public boolean isRunning() {
        return this == LABELLED || this == EXPERIMENTATION || this == PROTOTYPING;
    }

    @Override
    public String toString() {
        return label;
    }
}
