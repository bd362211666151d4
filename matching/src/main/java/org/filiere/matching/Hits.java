package org.filiere.matching;

import java.io.IOException;
import java.util.BitSet;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/** Which documents of an index a query matches, without scoring. */
final class Hits {

    private Hits() {
    }

    static BitSet of(IndexSearcher searcher, Query query) throws IOException {
        BitSet docs = new BitSet();
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(doc)) {
                    docs.set(leaf.docBase + doc);
                }
            }
        }
        return docs;
    }
}
