package org.filiere.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.filiere.directory.PartnerListing;
import org.filiere.directory.PartnerQuery;
import org.filiere.directory.PartnerSearch;

/**
 * Partners' listings ranked with Lucene: each listing's name and offer are read with the market watch's
 * {@link FrenchAnalysis}, indexed in memory, and scored (BM25) against the member's words; a listing carrying the
 * words as a phrase, or in its name, ranks higher.
 */
@ApplicationScoped
public class LucenePartnerSearch implements PartnerSearch {

    private static final String NAME = "name";
    private static final String TEXT = "text";
    private static final String POSITION = "position";

    private final FrenchAnalysis analysis = new FrenchAnalysis();
    private final TextQueries texts = new TextQueries(analysis);

    @Override
    public List<PartnerListing> rank(PartnerQuery query, Collection<PartnerListing> listings) {
        List<PartnerListing> all = new ArrayList<>(listings);
        List<Term> words = texts.words(TEXT, query.text());
        if (words.isEmpty()) {
            all.sort(Comparator.comparing((PartnerListing l) -> l.details().name()).thenComparing(PartnerListing::externalId));
            return all;
        }
        BooleanQuery.Builder wanted = new BooleanQuery.Builder();
        for (Term word : words) {
            wanted.add(new TermQuery(word), Occur.SHOULD);
            wanted.add(new BoostQuery(new TermQuery(new Term(NAME, word.text())), 2f), Occur.SHOULD);
        }
        texts.of(TEXT, query.text()).filter(q -> words.size() > 1).ifPresent(phrase -> wanted.add(
                new BoostQuery(phrase, 3f), Occur.SHOULD));
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis))) {
                for (int i = 0; i < all.size(); i++) {
                    PartnerListing listing = all.get(i);
                    Document doc = new Document();
                    doc.add(new StoredField(POSITION, i));
                    doc.add(new TextField(NAME, listing.details().name(), Field.Store.NO));
                    doc.add(new TextField(TEXT, listing.details().name() + "\n" + listing.details().offer(),
                            Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<PartnerListing> ranked = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(wanted.build(), Math.max(1, all.size())).scoreDocs) {
                    int position = searcher.storedFields().document(hit.doc).getField(POSITION).numericValue().intValue();
                    ranked.add(all.get(position));
                }
                return ranked;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The partner search failed", e);
        }
    }
}
