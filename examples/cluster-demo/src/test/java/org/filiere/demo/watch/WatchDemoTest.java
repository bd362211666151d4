package org.filiere.demo.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.filiere.demo.ClusterDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The market watch in the demo, as a user runs it: a profile, a tender file, the week's digest, and sending. */
class WatchDemoTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = ClusterDemo.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldSetAProfileImportATenderFilePrintTheDigestAndSendIt() throws Exception {
        Run tour = run("tour");
        assertThat(tour.exitCode()).as(tour.err()).isZero();
        assertThat(tour.out()).containsPattern("Market watch: \\d+ calls for tender received")
                .containsPattern("digests of \\d{4}-W\\d{2}: [1-9]\\d* members");
        String siren = run("members", "list", "--status", "ACTIVE").out().lines().findFirst().orElseThrow()
                .substring(0, 11).replace(" ", "");

        Run profile = run("watch-profile", siren, "--keyword", "robotique", "--phrase", "bras articulés",
                "--cpv", "42997", "--exclude", "nettoyage", "--department", "38", "--email", "veille@membre.example.org");
        assertThat(profile.exitCode()).as(profile.err()).isZero();
        assertThat(profile.out()).contains("keywords   [robotique]")
                .contains("CPV        42997000-1 ");

        Path feed = dataDir.resolve("robots.json");
        Files.writeString(feed, """
                {"marches": [
                 {"id": "R-1", "acheteur": {"id": "21380185500015", "nom": "Ville de Grenoble"},
                  "objet": "Acquisition de bras articulés pour l'atelier municipal", "codeCPV": "42997300.0",
                  "lieuExecution": {"code": "38000", "typeCode": "Code postal"}, "montant": 54000,
                  "datePublicationDonnees": "2025-06-02"},
                 {"id": "R-2", "acheteur": {"id": "2138018550001"},
                  "objet": "Robotique pédagogique pour les écoles", "codeCPV": "39162000",
                  "lieuExecution": {"code": "38", "typeCode": "Code département"}},
                 {"acheteur": {"id": "21380185500015"}}
                ]}""");
        Run imported = run("import-tenders", feed.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("CREATED   decp/21380185500015R-1")
                .contains("left out: buyer SIRET \"2138018550001\"")
                .contains("REFUSED   The tender decp/? cannot be used")
                .contains("3 entries, 2 new, 0 updated, 0 unchanged, 1 refused");
        assertThat(run("import-tenders", feed.toString()).out()).contains("0 new, 0 updated, 2 unchanged, 1 refused");

        Run digest = run("digest", siren);
        assertThat(digest.exitCode()).as(digest.err()).isZero();
        assertThat(digest.out()).contains("* Acquisition de bras articulés pour l'atelier municipal")
                .contains("expression « bras articulés »").contains("* Robotique pédagogique pour les écoles")
                .contains("mot-clé « robotique »").contains("Sans date limite connue").contains("not sent yet");

        Run sent = run("send-digests", "--smtp", "smtp://127.0.0.1:" + SMTP.getSmtp().getPort(), "--from",
                "veille@numerique-isere.example.org");
        assertThat(sent.exitCode()).as(sent.out() + sent.err()).isZero();
        assertThat(sent.out()).containsPattern("Sent [1-9]\\d* digest\\(s\\)\\.");
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).anySatisfy(m -> assertThat(m.getAllRecipients()[0].toString())
                .isEqualTo("veille@membre.example.org"));
        assertThat(run("digest", siren).out()).contains("(sent ");
    }

    @Test
    void shouldImportAnEformsContractNoticeReportingTheFieldsItLacks() throws Exception {
        Path notice = dataDir.resolve("avis-eforms.xml");
        Files.writeString(notice, """
                <?xml version="1.0" encoding="UTF-8"?>
                <ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"
                    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
                    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
                  <cbc:ID schemeName="notice-id">5b1f0c9e-2d4a-4c1e-9a57-0e3c8d2f7a11</cbc:ID>
                  <cbc:VersionID>01</cbc:VersionID>
                  <cac:ProcurementProject>
                    <cbc:Name languageID="FRA">Maintenance du site web de la métropole</cbc:Name>
                    <cac:MainCommodityClassification>
                      <cbc:ItemClassificationCode listName="cpv">72000000</cbc:ItemClassificationCode>
                    </cac:MainCommodityClassification>
                  </cac:ProcurementProject>
                </ContractNotice>
                """);
        Run imported = run("import-tenders", notice.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("eforms/5b1f0c9e-2d4a-4c1e-9a57-0e3c8d2f7a11")
                .contains("left out: deadline: not given").contains("1 entries, 1 new");
    }

    @Test
    void shouldRefuseATenderFileItDoesNotReadNamingTheFormatsItReads() throws Exception {
        Path notice = dataDir.resolve("avis.xml");
        Files.writeString(notice, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TED_EXPORT/>\n");
        Run xml = run("import-tenders", notice.toString());
        assertThat(xml.exitCode()).as(xml.err()).isEqualTo(2);
        assertThat(xml.err()).contains("avis.xml is refused: it is an XML document")
                .contains("OCDS release packages").contains("DECP files").doesNotContain("Unexpected character");

        Path broken = dataDir.resolve("broken.json");
        Files.writeString(broken, "{\"marches\": [{\"id\": \"R-1\"},");
        Run cut = run("import-tenders", broken.toString());
        assertThat(cut.exitCode()).as(cut.err()).isEqualTo(2);
        assertThat(cut.err()).contains("broken.json cannot be read");
    }

    @Test
    void shouldRefuseAWeekNotWrittenLikeAWeekAsRefusedInput() {
        Run digest = run("digest", "302068382", "--week", "2025-23");

        assertThat(digest.exitCode()).as(digest.err()).isEqualTo(2);
        assertThat(digest.err()).contains("A watch week: its week is written like 2025-W23, not '2025-23'");
    }
}
