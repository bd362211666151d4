package org.filiere.integration.tenders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.filiere.access.Actor;
import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.WatchFixtures;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.watch.Digest;
import org.filiere.watch.WatchWeek;
import org.filiere.watch.application.DigestDispatch;
import org.filiere.watch.application.DigestService;
import org.filiere.watch.application.TenderService;
import org.filiere.watch.application.WatchCommands.ComposeWeeklyDigests;
import org.filiere.watch.application.WatchProfileService;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Weekly digests sent through camel-mail to a real SMTP server in the test, and read back. */
class DigestMailTest {

    private static final Actor STAFF = Actor.staff("claire-martin", "Claire Martin");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static MemberId setUpAMemberWithMatches(FiliereContainer filiere) {
        MemberId member = filiere.get(MembershipService.class).apply(Fixtures.anApplication(Fixtures.SIRETS[0],
                "Alpes Logiciels", LocalDate.now(CoreProducers.ASSOCIATION_ZONE).getYear()));
        filiere.get(WatchProfileService.class).setProfile(WatchFixtures.aProfile(STAFF, member,
                List.of("logiciel"), List.of("7226")));
        TenderService tenders = filiere.get(TenderService.class);
        tenders.receive(WatchFixtures.aNotice("A-1", "Acquisition de logiciels <métier>", "Gestion & suivi",
                "48000000-8"));
        tenders.receive(WatchFixtures.aNotice("A-2", "Tierce maintenance applicative", "", "72267000-4"));
        tenders.receive(WatchFixtures.aNotice("A-3", "Mobilier de bureau", "", "39130000-2"));
        return member;
    }

    @Test
    void shouldSendEachMemberItsDigestAsHtmlWithATextAlternative() throws Exception {
        Map<String, String> settings = Map.of(
                DigestMailRoutes.SMTP_URL, "smtp://127.0.0.1:" + SMTP.getSmtp().getPort(),
                DigestMailRoutes.FROM, "veille@cluster.example.org");
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings)) {
            MemberId member = setUpAMemberWithMatches(filiere);
            List<Digest> digests = filiere.get(DigestService.class)
                    .compose(new ComposeWeeklyDigests(STAFF, WatchWeek.of(LocalDate.now(CoreProducers.ASSOCIATION_ZONE))));
            assertThat(digests).hasSize(1);

            DigestDispatch.Report report = filiere.get(DigestDispatch.class).sendAll(STAFF);

            assertThat(report.sent()).containsExactly(digests.get(0).id());
            assertThat(report.failed()).isEmpty();
            assertThat(filiere.get(DigestService.class).unsent()).isEmpty();
            assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
            MimeMessage mail = SMTP.getReceivedMessages()[0];
            assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                    .containsExactly("veille@" + member.value() + ".example.org");
            assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("veille@cluster.example.org");
            assertThat(mail.getSubject()).contains("2 appels d'offres pour Alpes Logiciels");
            MimeMultipart alternative = (MimeMultipart) mail.getContent();
            String html = null;
            String text = null;
            for (int i = 0; i < alternative.getCount(); i++) {
                var part = alternative.getBodyPart(i);
                if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                } else if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                }
            }
            assertThat(html).contains("Acquisition de logiciels &lt;métier&gt;")
                    .doesNotContain("<métier>")
                    .contains("Tierce maintenance applicative")
                    .contains("mot-clé « logiciel »")
                    .contains("code CPV 72260000-5 (Services relatifs aux logiciels)")
                    .doesNotContain("Mobilier de bureau")
                    .contains("href=\"https://marches.example.org/A-1\"");
            assertThat(text).contains("* Acquisition de logiciels <métier>").contains("Pourquoi : mot-clé « logiciel »");
        }
    }

    @Test
    void shouldKeepADigestUnsentWhenTheMailServerDoesNotTakeIt() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> settings = Map.of(DigestMailRoutes.SMTP_URL,
                "smtp://127.0.0.1:" + closedPort + "?connectionTimeout=2000");
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings)) {
            setUpAMemberWithMatches(filiere);
            List<Digest> digests = filiere.get(DigestService.class)
                    .compose(new ComposeWeeklyDigests(STAFF, WatchWeek.of(LocalDate.now(CoreProducers.ASSOCIATION_ZONE))));

            DigestDispatch.Report report = filiere.get(DigestDispatch.class).sendAll(STAFF);

            assertThat(report.sent()).isEmpty();
            assertThat(report.failed()).containsOnlyKeys(digests.get(0).id());
            assertThat(report.failed().get(digests.get(0).id())).contains("could not be sent to veille@");
            assertThat(filiere.get(DigestService.class).unsent()).extracting(Digest::id)
                    .containsExactly(digests.get(0).id());
            assertThat(SMTP.getReceivedMessages()).isEmpty();
        }
    }
}
