package org.filiere.matching;

import java.util.List;

import org.apache.lucene.monitor.QueryMatch;
import org.filiere.watch.MatchReason;

/** A profile the monitor matched to a tender, with the criteria the tender meets. */
final class ReasonedMatch extends QueryMatch {

    private final List<MatchReason> reasons;

    ReasonedMatch(String queryId, List<MatchReason> reasons) {
        super(queryId);
        this.reasons = List.copyOf(reasons);
    }

    List<MatchReason> reasons() {
        return reasons;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReasonedMatch other && super.equals(o) && reasons.equals(other.reasons);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + reasons.hashCode();
    }
}
