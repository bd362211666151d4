package org.filiere.integration.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.filiere.access.Actor;
import org.filiere.integration.camel.mail.MailRoutes;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.techwatch.LetterDelivery;
import org.filiere.techwatch.TechFeedId;
import org.filiere.techwatch.TechItemId;
import org.filiere.techwatch.TechLetterId;
import org.filiere.techwatch.application.LetterDispatch;
import org.filiere.techwatch.application.SubscriberService;
import org.filiere.techwatch.application.TechLetterService;
import org.filiere.techwatch.application.TechWatchCommands.DraftLetter;
import org.filiere.techwatch.application.TechWatchCommands.FollowFeed;
import org.filiere.techwatch.application.TechWatchCommands.MoveItem;
import org.filiere.techwatch.application.TechWatchCommands.PickItem;
import org.filiere.techwatch.application.TechWatchCommands.PublishLetter;
import org.filiere.techwatch.application.TechWatchService;
import org.filiere.watch.WatchWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The technology letter sent through camel-mail to a real SMTP server in the test, once published and committed. */
class LetterMailTest {

    private static final Actor STAFF = Actor.staff("claire-martin", "Claire Martin");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static TechLetterId aPublishedLetter(FiliereContainer filiere) {
        TechWatchService watch = filiere.get(TechWatchService.class);
        TechFeedId feed = watch.follow(new FollowFeed(STAFF, "Univers Freebox",
                URI.create("https://www.universfreebox.com/backend.php")));
        FeedContent content = new FeedReader().read(FeedReaderTest.feed("univers_freebox.xml"), Optional.empty(),
                "univers_freebox.xml");
        List<TechItemId> items = watch.receive(feed, content.items()).reading().created();
        SubscriberService subscribers = filiere.get(SubscriberService.class);
        subscribers.subscribe(STAFF, "Marie Curie", "marie@alpes.example.org");
        subscribers.subscribe(STAFF, "Louis Néel", "louis@grenoble.example.org");
        TechLetterService letters = filiere.get(TechLetterService.class);
        TechLetterId letter = letters.draft(new DraftLetter(STAFF, "La lettre techno", WatchWeek.of(LocalDate.of(2013, 3, 25))));
        letters.pick(new PickItem(STAFF, letter, items.get(0), "Free <script>alert(1)</script> & ses projets"));
        letters.pick(new PickItem(STAFF, letter, items.get(2), ""));
        letters.move(new MoveItem(STAFF, letter, items.get(2), 1));
        letters.publish(new PublishLetter(STAFF, letter));
        return letter;
    }

    @Test
    void shouldSendTheLetterToEachSubscriberAsHtmlWithATextAlternative() throws Exception {
        Map<String, String> settings = Map.of(MailRoutes.SMTP_URL, "smtp://127.0.0.1:" + SMTP.getSmtp().getPort(),
                MailRoutes.FROM, "veille-techno@cluster.example.org", "filiere.integration.tech-feeds.enabled", "false");
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings)) {
            TechLetterId letter = aPublishedLetter(filiere);

            LetterDispatch.Report report = filiere.get(LetterDispatch.class).sendPending();

            assertThat(report.sent()).hasSize(2);
            assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
            MimeMessage mail = SMTP.getReceivedMessages()[0];
            assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("veille-techno@cluster.example.org");
            assertThat(mail.getSubject()).isEqualTo("La lettre techno — semaine du 25 mars 2013");
            String html = null;
            String text = null;
            MimeMultipart alternative = (MimeMultipart) mail.getContent();
            for (int i = 0; i < alternative.getCount(); i++) {
                var part = alternative.getBodyPart(i);
                if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                } else if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                }
            }
            assertThat(html).contains("Free &lt;script&gt;alert(1)&lt;/script&gt; &amp; ses projets")
                    .doesNotContain("<script>")
                    .contains("href=\"http://www.universfreebox.com/article20302.html\"")
                    .contains("« sans initiative privée, pas de révolution #Born2code »");
            assertThat(html.indexOf("Zoé la remplaçante de Siri")).as("moved first")
                    .isLessThan(html.indexOf("Retour de Xavier Niel"));
            assertThat(text).contains("1. High-Tech : Zoé la remplaçante de Siri")
                    .contains("Notre avis : Free <script>alert(1)</script> & ses projets");
            assertThat(List.of(SMTP.getReceivedMessages())).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0]
                    .toString()).containsExactlyInAnyOrder("marie@alpes.example.org", "louis@grenoble.example.org");
            assertThat(filiere.get(TechLetterService.class).deliveries(letter))
                    .allSatisfy(d -> assertThat(d.status()).isEqualTo(LetterDelivery.Status.SENT));
        }
    }

    @Test
    void shouldKeepTheDeliveriesPendingWhileTheMailServerCannotBeReached() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> settings = Map.of(MailRoutes.SMTP_URL, "smtp://127.0.0.1:" + closedPort
                + "?connectionTimeout=2000", "filiere.integration.tech-feeds.enabled", "false");
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings)) {
            TechLetterId letter = aPublishedLetter(filiere);

            LetterDispatch.Report report = filiere.get(LetterDispatch.class).sendPending();

            assertThat(report.sent()).isEmpty();
            assertThat(filiere.get(TechLetterService.class).deliveries(letter)).hasSize(2).allSatisfy(d -> {
                assertThat(d.status()).isEqualTo(LetterDelivery.Status.PENDING);
                assertThat(d.lastError()).hasValueSatisfying(e -> assertThat(e).contains("could not be sent to"));
            });
            assertThat(SMTP.getReceivedMessages()).isEmpty();
        }
    }
}
