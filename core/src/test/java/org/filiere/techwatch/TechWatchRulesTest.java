package org.filiere.techwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

import org.filiere.fixtures.MutableClock;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.watch.WatchWeek;
import org.junit.jupiter.api.Test;

/** The technology watch's rules, one test each. */
class TechWatchRulesTest {

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 11, 30));

    private static FeedItem anItem(String guid, String link) {
        return new FeedItem(Optional.ofNullable(guid), Optional.ofNullable(link).map(URI::create), "Titre", "",
                Optional.empty());
    }

    @Test
    void shouldRecogniseAnItemByItsGuidElseItsLinkAndRefuseOneWithNeither() {
        assertThat(ItemKeyPolicy.keyOf(anItem("abc", "https://a.example.org/1"))).isEqualTo("guid:abc");
        assertThat(ItemKeyPolicy.keyOf(anItem(" ", "https://a.example.org/1"))).isEqualTo("link:https://a.example.org/1");
        assertThatThrownBy(() -> ItemKeyPolicy.keyOf(anItem(null, null))).isInstanceOf(InvalidFieldException.class)
                .hasMessage("Feed item \"Titre\": its guid and link are both missing, so the item could not be "
                        + "recognised when the feed gives it again");
    }

    @Test
    void shouldReadATopicQueryAsStaffWriteIt() {
        TopicQuery query = TopicQuery.parse(" intelligence artificielle, IA ;-crypto,, IA");

        assertThat(query.terms()).containsExactly("intelligence artificielle", "IA");
        assertThat(query.excluded()).containsExactly("crypto");
        assertThat(query).hasToString("intelligence artificielle, IA, -crypto");
        assertThatThrownBy(() -> TopicQuery.parse("-crypto")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("names no term");
    }

    @Test
    void shouldKeepAPublishedLetterAsItWasSent() {
        TechLetter letter = TechLetter.draft("Lettre", WatchWeek.of(clock.instant().atZone(clock.getZone()).toLocalDate()));
        TechItemId first = TechItemId.random();
        TechItemId second = TechItemId.random();
        assertThatThrownBy(() -> letter.publish(clock)).isInstanceOf(TechWatchRefusedException.class)
                .hasMessageContaining("has no item yet");
        letter.add(first, "à lire");
        letter.add(second, "");
        letter.move(second, 1);
        assertThatThrownBy(() -> letter.add(first, "encore")).isInstanceOf(TechWatchRefusedException.class)
                .hasMessageContaining("already has item");

        TechLetterPublished published = letter.publish(clock);

        assertThat(published.itemCount()).isEqualTo(2);
        assertThat(letter.entries()).extracting(LetterEntry::itemId).containsExactly(second, first);
        assertThatThrownBy(() -> letter.remove(first)).isInstanceOf(TechWatchRefusedException.class)
                .hasMessageContaining("was published on");
    }

    @Test
    void shouldGiveUpADeliveryRefusedForGoodAtOnceAndATransientOneAfterItsLastAttempt() {
        LetterDelivery delivery = LetterDelivery.of(TechLetterId.random(), LetterSubscriberId.random(), clock);

        assertThat(delivery.failed("550 unknown mailbox", true).status()).isEqualTo(LetterDelivery.Status.FAILED);
        LetterDelivery retried = delivery;
        for (int attempt = 1; attempt < LetterDelivery.MAX_ATTEMPTS; attempt++) {
            retried = retried.failed("connection refused", false);
            assertThat(retried.status()).isEqualTo(LetterDelivery.Status.PENDING);
        }
        assertThat(retried.failed("connection refused", false).status()).isEqualTo(LetterDelivery.Status.FAILED);
        assertThat(delivery.sent(clock).sentAt()).contains(clock.instant());
    }
}
