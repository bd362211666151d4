package org.filiere.project.application;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.filiere.project.ProjectState;

/**
 * The pipeline of projects: how many are in each state of the lifecycle, and how many were labelled each year.
 *
 * @param byState        every state, in lifecycle order, with its count (zero included)
 * @param labelledByYear labels given each year, by year
 */
public record Pipeline(Map<ProjectState, Long> byState, SortedMap<Integer, Long> labelledByYear) {

    public Pipeline {
        byState = Collections.unmodifiableMap(new EnumMap<>(byState));
        labelledByYear = Collections.unmodifiableSortedMap(new TreeMap<>(labelledByYear));
    }

    /** Proposals not decided yet: draft, submitted, under review or deferred. */
    public long openProposals() {
        return byState.entrySet().stream().filter(e -> e.getKey().isProposal()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Labelled projects still in progress: labelled, in experimentation or prototyping. */
    public long runningProjects() {
        return byState.entrySet().stream().filter(e -> e.getKey().isRunning()).mapToLong(Map.Entry::getValue).sum();
    }
}
