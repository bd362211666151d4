package org.filiere.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.MatchReason;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderMatch;
import org.filiere.watch.TenderMatcher;
import org.filiere.watch.WatchProfile;

/**
 * The obvious way to match: every tender against every profile, one pair at a time, with the same analysis and
 * the same queries as {@link LuceneTenderMatcher}; each tender is put in a one-document memory index and every
 * profile's query run on it. It is the baseline the engine is measured and checked against.
 */
public final class NaiveTenderMatcher implements TenderMatcher {

    private final FrenchAnalysis analysis = new FrenchAnalysis();
    private final TenderDocuments documents;
    private final ProfileQueries queries = new ProfileQueries(analysis);

    public NaiveTenderMatcher(CpvVocabulary cpv) {
        this.documents = new TenderDocuments(cpv);
    }

    @Override
    public List<TenderMatch> match(Collection<WatchProfile> profiles, Collection<Tender> tenders) {
        List<ProfileQuery> compiled = profiles.stream().filter(WatchProfile::isActive)
                .sorted(Comparator.comparing(p -> p.memberId().value())).map(queries::of)
                .filter(q -> !q.matchesNothing()).toList();
        List<TenderMatch> matches = new ArrayList<>();
        try {
            for (Tender tender : tenders) {
                IndexSearcher searcher = MemoryIndex.fromDocument(documents.of(tender), analysis).createSearcher();
                searcher.setQueryCache(null);
                for (ProfileQuery profile : compiled) {
                    if (!Hits.of(searcher, profile.query()).isEmpty()) {
                        List<MatchReason> reasons = new ArrayList<>();
                        for (ProfileQuery.Reason reason : profile.reasons()) {
                            if (!Hits.of(searcher, reason.query()).isEmpty()) {
                                reasons.add(reason.reason());
                            }
                        }
                        matches.add(new TenderMatch(tender.id(), profile.memberId(), reasons));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Naive matching failed", e);
        }
        return matches;
    }
}
