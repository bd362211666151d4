package org.filiere.matching;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.filiere.watch.MatchReason;

/**
 * The monitor's matcher for watch profiles: for each candidate profile the presearcher selected, the tenders of
 * the batch it matches, and for each of them the keywords, phrases and CPV codes it carries.
 */
final class ReasonsMatcher extends CandidateMatcher<ReasonedMatch> {

    private final Map<String, ProfileQuery> profiles;

    ReasonsMatcher(IndexSearcher searcher, Map<String, ProfileQuery> profiles) {
        super(searcher);
        this.profiles = profiles;
    }

    @Override
    protected void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata) throws IOException {
        BitSet matched = Hits.of(searcher, matchQuery);
        if (matched.isEmpty()) {
            return;
        }
        ProfileQuery profile = profiles.get(queryId);
        List<BitSet> reasonHits = new ArrayList<>();
        for (ProfileQuery.Reason reason : profile.reasons()) {
            reasonHits.add(Hits.of(searcher, reason.query()));
        }
        for (int doc = matched.nextSetBit(0); doc >= 0; doc = matched.nextSetBit(doc + 1)) {
            List<MatchReason> reasons = new ArrayList<>();
            for (int i = 0; i < reasonHits.size(); i++) {
                if (reasonHits.get(i).get(doc)) {
                    reasons.add(profile.reasons().get(i).reason());
                }
            }
            addMatch(new ReasonedMatch(queryId, reasons), doc);
        }
    }

    @Override
    public ReasonedMatch resolve(ReasonedMatch first, ReasonedMatch second) {
        List<MatchReason> reasons = new ArrayList<>(first.reasons());
        second.reasons().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
        return new ReasonedMatch(first.getQueryId(), reasons);
    }
}
