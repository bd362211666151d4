package org.filiere.integration.press;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import org.filiere.press.DistributionListId;
import org.filiere.press.MediaKind;
import org.filiere.press.MediaOutletId;
import org.filiere.press.PressReleaseId;
import org.filiere.press.ReleaseDelivery;
import org.filiere.press.application.MediaService;
import org.filiere.press.application.PressCommands.AddJournalist;
import org.filiere.press.application.PressCommands.AddOutlet;
import org.filiere.press.application.PressCommands.DraftRelease;
import org.filiere.press.application.PressCommands.ScheduleRelease;
import org.filiere.press.application.PressReleaseService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A press release under embargo, published and mailed by the dispatch route to a real SMTP server in the test. */
class ReleaseMailTest {

    private static final Actor STAFF = Actor.staff("claire-martin", "Claire Martin");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void shouldMailTheReleaseToItsListOnlyOnceTheEmbargoIsLifted() throws Exception {
        Map<String, String> settings = Map.of(MailRoutes.SMTP_URL, "smtp://127.0.0.1:" + SMTP.getSmtp().getPort(),
                MailRoutes.FROM, "presse@cluster.example.org", "filiere.integration.press.dispatch-period", "PT0.2S");
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings)) {
            MediaService media = filiere.get(MediaService.class);
            MediaOutletId dauphine = media.addOutlet(new AddOutlet(STAFF, "Le Dauphiné libéré", MediaKind.DAILY_PRESS,
                    Optional.empty()));
            DistributionListId list = media.createList(STAFF, "Presse régionale");
            media.addToList(STAFF, list, media.addJournalist(new AddJournalist(STAFF, dauphine, "Anne Roux",
                    "anne.roux@dl.example.org", "", "économie")));
            media.addToList(STAFF, list, media.addJournalist(new AddJournalist(STAFF, dauphine, "Luc Petit",
                    "luc.petit@dl.example.org", "", "numérique")));
            PressReleaseService releases = filiere.get(PressReleaseService.class);
            PressReleaseId release = releases.draft(new DraftRelease(STAFF, "Le cluster <b>accélère</b>",
                    "Grenoble, le 3 mars.\n\nLe cluster lance un accélérateur & un fonds.", list));
            Instant embargo = Instant.now().plusSeconds(4);
            releases.schedule(new ScheduleRelease(STAFF, release, Optional.of(embargo)));

            Thread.sleep(Duration.between(Instant.now(), embargo.minusMillis(1500)).toMillis());
            assertThat(SMTP.getReceivedMessages()).as("nothing before the embargo").isEmpty();
            assertThat(releases.deliveries(release)).isEmpty();

            assertThat(SMTP.waitForIncomingEmail(20_000, 2)).isTrue();
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (releases.deliveries(release).stream().anyMatch(d -> d.status() != ReleaseDelivery.Status.SENT)
                    && System.nanoTime() < end) {
                Thread.sleep(100);
            }

            assertThat(releases.deliveries(release)).hasSize(2).allSatisfy(d -> {
                assertThat(d.status()).isEqualTo(ReleaseDelivery.Status.SENT);
                assertThat(d.sentAt()).hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(embargo));
            });
            MimeMessage mail = SMTP.getReceivedMessages()[0];
            assertThat(mail.getSubject()).isEqualTo("Communiqué : Le cluster <b>accélère</b>");
            assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("presse@cluster.example.org");
            MimeMultipart alternative = (MimeMultipart) mail.getContent();
            String html = null;
            for (int i = 0; i < alternative.getCount(); i++) {
                if (alternative.getBodyPart(i).isMimeType("text/html")) {
                    html = (String) alternative.getBodyPart(i).getContent();
                }
            }
            assertThat(html).contains("Le cluster &lt;b&gt;accélère&lt;/b&gt;").doesNotContain("<b>")
                    .contains("<p>Le cluster lance un accélérateur &amp; un fonds.</p>")
                    .contains("Le Dauphiné libéré");
            assertThat(List.of(SMTP.getReceivedMessages())).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0]
                    .toString()).containsExactlyInAnyOrder("anne.roux@dl.example.org", "luc.petit@dl.example.org");
        }
    }
}
