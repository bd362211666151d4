package org.filiere.speedmeeting;

import java.util.List;

/**
 * A participant worth meeting: their offer matches what someone looks for.
 *
 * @param participant who to meet
 * @param score       how well their offer matches (higher is better; only the order means something)
 * @param terms       the words of the search found in their offer, as analysed ({@code cybersecur}, {@code cloud})
 */
public record Suggestion(ParticipantId participant, double score, List<String> terms) {

    public Suggestion {
        terms = List.copyOf(terms);
    }
}
