package org.filiere.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.filiere.speedmeeting.OfferMatcher;
import org.filiere.speedmeeting.ParticipantId;
import org.filiere.speedmeeting.SpeedParticipant;
import org.filiere.speedmeeting.Suggestion;

/**
 * Suggestions for speed-meetings with Apache Lucene: every participant's offer (and sector) is indexed with the
 * market watch's {@link FrenchAnalysis}, and what each participant looks for becomes a query of its analysed words,
 * scored by BM25. So {@code sécurité des données} finds an offer of {@code audits de securite}, and
 * {@code logiciels} finds {@code logiciel}.
 */
@ApplicationScoped
public class LuceneOfferMatcher implements OfferMatcher {

    private static final String ID = "id";
    private static final String OFFER = "offer";

    @Override
    public Map<ParticipantId, List<Suggestion>> suggest(Collection<SpeedParticipant> participants,
            int perParticipant) {
        try (Analyzer analysis = new FrenchAnalysis(); ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            Map<String, Set<String>> offerTerms = new HashMap<>();
            Map<String, ParticipantId> ids = new HashMap<>();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis))) {
                for (SpeedParticipant p : participants) {
                    String text = offerText(p);
                    Document doc = new Document();
                    doc.add(new StringField(ID, p.id().toString(), Field.Store.YES));
                    doc.add(new TextField(OFFER, text, Field.Store.NO));
                    writer.addDocument(doc);
                    offerTerms.put(p.id().toString(), terms(analysis, text));
                    ids.put(p.id().toString(), p.id());
                }
            }
            Map<ParticipantId, List<Suggestion>> suggestions = new HashMap<>();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (SpeedParticipant p : participants) {
                    Set<String> wanted = terms(analysis, p.wants());
                    if (wanted.isEmpty()) {
                        continue;
                    }
                    BooleanQuery.Builder query = new BooleanQuery.Builder();
                    wanted.forEach(t -> query.add(new TermQuery(new Term(OFFER, t)), BooleanClause.Occur.SHOULD));
                    List<Suggestion> found = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(query.build(), perParticipant + 1).scoreDocs) {
                        String other = searcher.storedFields().document(hit.doc).get(ID);
                        if (other.equals(p.id().toString()) || found.size() == perParticipant) {
                            continue;
                        }
                        List<String> shared = wanted.stream().filter(offerTerms.get(other)::contains).toList();
                        found.add(new Suggestion(ids.get(other), hit.score, shared));
                    }
                    suggestions.put(p.id(), found);
                }
            }
            return suggestions;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot match the participants' offers", e);
        }
    }

    private static String offerText(SpeedParticipant p) {
        return p.offer() + (p.sector().isEmpty() ? "" : "\n" + p.sector());
    }

    private static Set<String> terms(Analyzer analysis, String text) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analysis.tokenStream(OFFER, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
