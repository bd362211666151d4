package org.filiere.matching;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How French text is read for matching, the same for tenders and for profiles: words split on Unicode rules,
 * elisions removed ({@code l'informatique} gives {@code informatique}), lower case, common French words left out,
 * a light French stemmer (so that {@code logiciels} meets {@code logiciel} and {@code développer} meets
 * {@code développement}), and accents folded ({@code sécurité} meets {@code securite}).
 */
public final class FrenchAnalysis extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
        stream = new FrenchLightStemFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
