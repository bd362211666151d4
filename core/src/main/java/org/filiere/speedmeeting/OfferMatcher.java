package org.filiere.speedmeeting;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The matching engine for suggestions: for each participant, the others whose offer matches what they look for,
 * best first. The text analysis is the market watch's (French), in the {@code filiere-matching} module.
 */
public interface OfferMatcher {

    /**
     * Suggests meetings.
     *
     * @param participants the participants, with their offers and wants
     * @param perParticipant the most suggestions for one participant
     * @return for each participant who looks for something, the others whose offer matches, best first, themselves
     *         never included
     */
    Map<ParticipantId, List<Suggestion>> suggest(Collection<SpeedParticipant> participants, int perParticipant);
}
