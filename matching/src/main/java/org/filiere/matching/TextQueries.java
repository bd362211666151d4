package org.filiere.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Words written by people (a keyword of a watch profile, a term of a watch topic, a search) as Lucene queries on an
 * analysed field: one word gives a term query, several a phrase query, common words alone nothing.
 */
final class TextQueries {

    private final Analyzer analyzer;

    TextQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A term query for one word, a phrase query for several; none for text made only of common words. */
    Optional<Query> of(String field, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse \"" + text + "\"", e);
        }
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        if (terms.size() == 1) {
            return Optional.of(new TermQuery(new Term(field, terms.get(0))));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) {
            phrase.add(new Term(field, terms.get(i)), positions.get(i));
        }
        return Optional.of(phrase.build());
    }

    /** Each word of the text on its own, as analysed (common words left out). */
    List<Term> words(String field, String text) {
        List<Term> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(new Term(field, term.toString()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse \"" + text + "\"", e);
        }
        return words;
    }
}
