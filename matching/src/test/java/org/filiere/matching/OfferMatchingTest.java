package org.filiere.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.filiere.event.EventRegistrationId;
import org.filiere.speedmeeting.ParticipantId;
import org.filiere.speedmeeting.SpeedParticipant;
import org.filiere.speedmeeting.Suggestion;
import org.filiere.training.Participant;
import org.junit.jupiter.api.Test;

/** Suggestions read offers and wants in French, as the market watch reads tenders. */
class OfferMatchingTest {

    private final LuceneOfferMatcher matcher = new LuceneOfferMatcher();

    private static SpeedParticipant someone(String name, String offer, String wants) {
        return new SpeedParticipant(ParticipantId.random(), EventRegistrationId.random(),
                Participant.outsider(name, name.toLowerCase().replace(' ', '.') + "@example.org", name + " SAS"),
                false, "numérique", offer, wants, Set.of(), Instant.parse("2025-05-02T08:00:00Z"), Optional.empty());
    }

    @Test
    void shouldSuggestTheOffersThatMatchWhatSomeoneLooksForBestFirst() {
        SpeedParticipant buyer = someone("Anne Roux", "Fabrication de cartes électroniques",
                "Audit de sécurité de nos logiciels embarqués");
        SpeedParticipant auditor = someone("Paul Brun", "Audits de securite et tests d'intrusion de logiciels",
                "Industriels des cartes électroniques");
        SpeedParticipant cloud = someone("Léa Faure", "Hébergement cloud souverain", "");
        SpeedParticipant trainer = someone("Hugo Blanc", "Formation à la sécurité informatique", "");

        Map<ParticipantId, List<Suggestion>> suggestions = matcher.suggest(List.of(buyer, auditor, cloud, trainer), 5);

        assertThat(suggestions.get(buyer.id())).extracting(Suggestion::participant)
                .containsExactly(auditor.id(), trainer.id());
        assertThat(suggestions.get(buyer.id()).get(0).terms()).contains("securit", "logiciel");
        assertThat(suggestions.get(auditor.id())).extracting(Suggestion::participant).containsExactly(buyer.id());
        assertThat(suggestions).doesNotContainKey(cloud.id());
    }

    @Test
    void shouldNeverSuggestSomeoneToThemselvesAndKeepToTheMostAsked() {
        SpeedParticipant narcissus = someone("Marc Vial", "Conseil en stratégie numérique", "stratégie numérique");
        SpeedParticipant a = someone("Nadia Rey", "Stratégie numérique des PME", "");
        SpeedParticipant b = someone("Yann Masson", "Transformation numérique", "");
        SpeedParticipant c = someone("Inès Henry", "Numérique responsable", "");

        List<Suggestion> found = matcher.suggest(List.of(narcissus, a, b, c), 2).get(narcissus.id());

        assertThat(found).hasSize(2).extracting(Suggestion::participant).doesNotContain(narcissus.id())
                .startsWith(a.id());
    }
}
