package org.filiere.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.filiere.watch.CpvCode;
import org.filiere.watch.Department;
import org.filiere.watch.MatchReason;
import org.filiere.watch.WatchCriteria;
import org.filiere.watch.WatchProfile;

/**
 * Turns watch profiles into Lucene queries, following the rules of {@link WatchCriteria}: a keyword or phrase is
 * analysed as tender text is (one word gives a term query, several a phrase query); a CPV code is a term of the
 * tender's CPV lineage; excluded words are prohibited clauses; places and the value range are filters that a
 * tender not saying where it is or what it is worth passes.
 */
final class ProfileQueries {

    private final TextQueries texts;

    ProfileQueries(Analyzer analyzer) {
        this.texts = new TextQueries(analyzer);
    }

    ProfileQuery of(WatchProfile profile) {
        WatchCriteria c = profile.criteria();
        List<ProfileQuery.Reason> reasons = new ArrayList<>();
        c.keywords().forEach(k -> text(k).ifPresent(q -> reasons.add(new ProfileQuery.Reason(MatchReason.keyword(k), q))));
        c.phrases().forEach(p -> text(p).ifPresent(q -> reasons.add(new ProfileQuery.Reason(MatchReason.phrase(p), q))));
        for (CpvCode code : c.cpvCodes()) {
            reasons.add(new ProfileQuery.Reason(MatchReason.cpv(code),
                    new TermQuery(new Term(TenderDocuments.CPV, code.digits()))));
        }
        if (reasons.isEmpty()) {
            return new ProfileQuery(profile.memberId(), new MatchNoDocsQuery("only common words"), List.of());
        }
        BooleanQuery.Builder interest = new BooleanQuery.Builder();
        reasons.forEach(r -> interest.add(r.query(), Occur.SHOULD));

        BooleanQuery.Builder whole = new BooleanQuery.Builder();
        whole.add(interest.build(), Occur.MUST);
        for (String excluded : c.excludedWords()) {
            text(excluded).ifPresent(q -> whole.add(q, Occur.MUST_NOT));
        }
        if (!c.places().isEmpty()) {
            BooleanQuery.Builder places = new BooleanQuery.Builder();
            for (Department d : c.places()) {
                places.add(new TermQuery(new Term(TenderDocuments.DEPARTMENT, d.code())), Occur.SHOULD);
            }
            places.add(new TermQuery(new Term(TenderDocuments.DEPARTMENT, TenderDocuments.UNKNOWN)), Occur.SHOULD);
            whole.add(places.build(), Occur.FILTER);
        }
        if (c.hasValueRange()) {
            long min = c.minValue().map(TenderDocuments::cents).orElse(Long.MIN_VALUE);
            long max = c.maxValue().map(TenderDocuments::cents).orElse(Long.MAX_VALUE);
            BooleanQuery.Builder value = new BooleanQuery.Builder();
            value.add(LongPoint.newRangeQuery(TenderDocuments.VALUE, min, max), Occur.SHOULD);
            value.add(new TermQuery(new Term(TenderDocuments.VALUE_KNOWN, TenderDocuments.UNKNOWN)), Occur.SHOULD);
            whole.add(value.build(), Occur.FILTER);
        }
        return new ProfileQuery(profile.memberId(), whole.build(), List.copyOf(reasons));
    }

    private Optional<Query> text(String text) {
        return texts.of(TenderDocuments.TEXT, text);
    }
}
