package org.filiere.techwatch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.filiere.kernel.InvalidFieldException;

/**
 * What a watch topic looks for, written by staff as terms separated by commas: an item falls into the topic when
 * its title or summary carries one of the terms (a term of several words as a phrase) and none of the excluded
 * ones, written with a leading minus. French text is read as the market watch reads it (plurals, inflections and
 * accents aside): {@code intelligence artificielle, IA générative, apprentissage automatique, -cryptomonnaie}.
 *
 * @param terms    terms, each enough
 * @param excluded terms that keep an item out
 */
public record TopicQuery(List<String> terms, List<String> excluded) {

    public TopicQuery {
        terms = clean(terms);
        excluded = clean(excluded);
        if (terms.isEmpty()) {
            throw new InvalidFieldException("A watch topic", "query", "names no term, so no item could fall into it");
        }
    }

    /**
     * Reads a query as staff write it.
     *
     * @throws InvalidFieldException if it names no term
     */
    public static TopicQuery parse(String text) {
        List<String> terms = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,;\\n]")) {
            String term = part.strip();
            if (term.startsWith("-")) {
                excluded.add(term.substring(1));
            } else {
                terms.add(term);
            }
        }
        return new TopicQuery(terms, excluded);
    }

    private static List<String> clean(List<String> texts) {
        Set<String> kept = new LinkedHashSet<>();
        for (String t : texts) {
            String term = t == null ? "" : t.strip().replaceAll("\\s+", " ");
            if (!term.isEmpty()) {
                kept.add(term);
            }
        }
        return List.copyOf(kept);
    }

    /** The query as staff write it, and as it is stored. */
    @Override
    public String toString() {
        List<String> all = new ArrayList<>(terms);
        excluded.forEach(e -> all.add("-" + e));
        return String.join(", ", all);
    }
}
