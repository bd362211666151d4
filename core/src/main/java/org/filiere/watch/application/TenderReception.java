package org.filiere.watch.application;

import java.util.List;

import org.filiere.watch.FieldIssue;
import org.filiere.watch.TenderId;

/**
 * What became of a tender notice received from a feed.
 *
 * @param tenderId the tender
 * @param outcome  whether it was new, changed or the same as before
 * @param issues   the fields that were badly written and left out
 */
public record TenderReception(TenderId tenderId, Outcome outcome, List<FieldIssue> issues) {

    /** What the notice did to the stored tenders. */
    public enum Outcome {
        /** A tender seen for the first time. */
        CREATED,
        /** A tender seen before, whose details changed. */
        UPDATED,
        /** A tender seen before, unchanged. */
        UNCHANGED
    }

    public TenderReception {
        issues = List.copyOf(issues);
    }
}
