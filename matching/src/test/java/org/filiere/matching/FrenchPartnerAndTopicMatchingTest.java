package org.filiere.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.filiere.directory.PartnerAddress;
import org.filiere.directory.PartnerListing;
import org.filiere.directory.PartnerListingDetails;
import org.filiere.directory.PartnerQuery;
import org.filiere.directory.PartnerSource;
import org.filiere.techwatch.FeedItem;
import org.filiere.techwatch.TechFeedId;
import org.filiere.techwatch.TechItem;
import org.filiere.techwatch.TechItemId;
import org.filiere.techwatch.TopicQuery;
import org.filiere.techwatch.WatchTopic;
import org.filiere.techwatch.WatchTopicId;
import org.junit.jupiter.api.Test;

/** Partners' offers and news items read with the market watch's French analysis. */
class FrenchPartnerAndTopicMatchingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    private static PartnerListing aListing(String id, String name, String offer) {
        return PartnerListing.first(new PartnerSource("pole-sud"), id, new PartnerListingDetails(name, Optional.empty(),
                Optional.empty(), PartnerAddress.unknown(), offer, Optional.empty(), Optional.empty(),
                Optional.empty()), CLOCK);
    }

    private static TechItem anItem(String title, String summary) {
        return TechItem.receive(TechFeedId.random(), new FeedItem(Optional.of(title), Optional.of(
                URI.create("https://news.example.org/" + Math.abs(title.hashCode()))), title, summary, Optional.empty()),
                CLOCK);
    }

    @Test
    void shouldRankPartnersWhoseOfferCarriesTheWordsInAnyInflectionBestFirst() {
        List<PartnerListing> listings = List.of(
                aListing("a", "Provence Logiciels", "Éditeur de logiciels de maintenance industrielle"),
                aListing("b", "Azur Sécurité", "Sécurité des systèmes industriels"),
                aListing("c", "Nice Data", "Hébergement de données"),
                aListing("d", "Maintenance Express", "Dépannage"));

        List<PartnerListing> ranked = new LucenePartnerSearch().rank(PartnerQuery.words("maintenance industrielle"),
                listings);

        assertThat(ranked).extracting(PartnerListing::externalId).startsWith("a").containsOnly("a", "b", "d");
        assertThat(new LucenePartnerSearch().rank(PartnerQuery.words("securite"), listings))
                .extracting(PartnerListing::externalId).containsExactly("b");
        assertThat(new LucenePartnerSearch().rank(PartnerQuery.words("le de la"), listings))
                .as("only common words: every listing, by name").extracting(PartnerListing::externalId)
                .containsExactly("b", "d", "c", "a");
    }

    @Test
    void shouldPutItemsInTheTopicsWhoseTermsTheyCarryAndNoneWhoseExcludedWordsTheyCarry() {
        WatchTopic ai = new WatchTopic(WatchTopicId.random(), "IA", TopicQuery.parse(
                "intelligence artificielle, assistant personnel, -cryptomonnaie"), 0);
        WatchTopic networks = new WatchTopic(WatchTopicId.random(), "Réseaux", TopicQuery.parse("fibre optique, opérateurs"), 0);
        TechItem zoe = anItem("Zoé et les assistants personnels dotés d'émotions", "Un avatar conçu à Cambridge");
        TechItem fibre = anItem("La fibre optique arrive", "Les opérateurs accélèrent");
        TechItem crypto = anItem("Intelligence artificielle et cryptomonnaies", "");
        TechItem other = anItem("Le prix du pain", "");

        Map<TechItemId, Set<WatchTopicId>> topics = new LuceneTopicClassifier().classify(
                List.of(zoe, fibre, crypto, other), List.of(ai, networks));

        assertThat(topics.get(zoe.id())).containsExactly(ai.id());
        assertThat(topics.get(fibre.id())).containsExactly(networks.id());
        assertThat(topics.get(crypto.id())).isEmpty();
        assertThat(topics.get(other.id())).isEmpty();
    }
}
