package org.filiere.demo.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.filiere.demo.ClusterDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directories, the technology watch and press relations in the demo, as a user runs them: the tour's
 * figures, a search among partners, the published directory, a partner file imported, the letter and a press
 * release sent to a mail server, and bad input refused in one line.
 */
class PartnersDemoTest {

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
    void shouldPublishItsDirectoryTakeInAPartnerCurateTheLetterAndLogThePress() throws Exception {
        Run tour = run("tour");

        assertThat(tour.exitCode()).as(tour.err()).isZero();
        assertThat(tour.out()).containsPattern("Directory: [1-9]\\d* of \\d+ active members listed with their consent")
                .contains("partner data from pole-sud: 7 organisations, 4 events in all")
                .contains("partners offering \"maintenance industrielle\": Provence Logiciels (Aix-en-Provence)")
                .containsPattern("Technology watch: 2 feeds, 60 items kept once each, 25 subscribers")
                .containsPattern("Télécoms et réseaux +[1-9]\\d* items")
                .containsPattern("letter La lettre techno de Numérique Isère of \\d{4}-W\\d{2}: [1-9] items, 0 deliveries "
                        + "sent, 25 waiting for the mail server")
                .contains("Press: 6 outlets, 2 distribution lists; 1 release(s) published (5 deliveries waiting for "
                        + "the mail server), 1 under embargo")
                .containsPattern("coverage in \\d{4}: 9 articles and programmes");
        JsonNode published = new ObjectMapper().readTree(dataDir.resolve("directory/directory.jsonld").toFile());
        assertThat(published.get("@graph").size()).isPositive();
        assertThat(published.get("@graph").get(0).get("iso6523Code").asText()).startsWith("0009:");
        assertThat(dataDir.resolve("directory/directory.popolo.json")).exists();

        Run search = run("directory", "search", "robots", "maintenance", "--place", "83");
        assertThat(search.out()).contains("Var Robotique").contains("1 partner(s) found.");

        Path cards = dataDir.resolve("contacts.vcf");
        Files.writeString(cards, "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:1\r\nFN:Inès Moreau\r\n"
                + "ORG:Pôle Sud Numérique\r\nEMAIL:ines.moreau@pole-sud.example.org\r\nEND:VCARD\r\n");
        Run imported = run("directory", "import", cards.toString(), "--source", "pole-sud");
        assertThat(imported.out()).contains("contacts.vcf: 1 new, 0 changed, 0 unchanged");
        assertThat(run("directory", "import", cards.toString(), "--source", "pole-sud").out())
                .contains("0 new, 0 changed, 1 unchanged");

        String smtp = "smtp://127.0.0.1:" + SMTP.getSmtp().getPort();
        Run letter = run("tech-watch", "send", "--smtp", smtp);
        assertThat(letter.out()).contains("Sent 25 letter(s); 0 not sent.");
        Run press = run("press", "send", "--smtp", smtp);
        assertThat(press.out()).contains("Published 0 release(s); sent 5 mail(s); 0 not sent.");
        assertThat(SMTP.getReceivedMessages()).hasSize(30);
        assertThat(run("tech-watch").out()).contains("25 deliveries sent, 0 waiting");

        Run badSource = run("directory", "import", cards.toString(), "--source", "Pôle Sud");
        assertThat(badSource.exitCode()).isEqualTo(2);
        assertThat(badSource.err().lines()).singleElement().asString().startsWith("error: A partner source: its key");
        String listed = published.get("@graph").get(0).get("iso6523Code").asText().substring(5, 14);
        assertThat(run("person", "consents", listed).out()).containsPattern("PUBLIC_DIRECTORY +given");
        Run given = run("person", "consents", "lea.roux@alpes.example.org", "--give", "TECH_LETTER", "--means",
                "PAPER_FORM");
        assertThat(given.exitCode()).as(given.err()).isZero();
        assertThat(given.out().lines()).singleElement().asString()
                .containsPattern("TECH_LETTER +given +PAPER_FORM +by claire-martin");
        Run withdrawn = run("person", "consents", "lea.roux@alpes.example.org", "--withdraw", "TECH_LETTER");
        assertThat(withdrawn.out().lines()).hasSize(2).last().asString()
                .containsPattern("TECH_LETTER +withdrawn +RECORDED_BY_STAFF");
        Run both = run("person", "consents", "lea.roux@alpes.example.org", "--give", "TECH_LETTER", "--withdraw",
                "TECH_LETTER");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("names both");
        Run export = run("person", "export", "Bruno.Girard@presse.example.org");
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("\"journalists\"").contains("\"name\" : \"Bruno Girard\"")
                .contains("\"lists\" : \"Presse régionale\"");
        Run erase = run("person", "erase", "bruno.girard@presse.example.org");
        assertThat(erase.out())
                .isEqualTo("Erased bruno.girard@presse.example.org: journalists 1." + System.lineSeparator());
        assertThat(run("person", "export", "bruno.girard@presse.example.org").out()).contains("\"places\" : { }");
        Run audit = run("audit", "--person", "bruno.girard@presse.example.org");
        assertThat(audit.out()).contains("claire-martin (STAFF)").contains("PersonalDataErased")
                .contains("PersonalDataExported").doesNotContain("bruno").doesNotContain("Girard");
        Run asNobody = run("--as", "Someone Else", "audit");
        assertThat(asNobody.exitCode()).isEqualTo(2);
        assertThat(asNobody.err()).contains("--as").contains("claire-martin Claire Martin");
        Run notAnAddress = run("person", "erase", "Bruno Girard");
        assertThat(notAnAddress.exitCode()).isEqualTo(2);
        assertThat(notAnAddress.err()).contains("is not an e-mail address");
        Run badOutlet = run("press", "coverage", "--outlet", "Le Monde", "--headline", "Titre");
        assertThat(badOutlet.exitCode()).isEqualTo(2);
        assertThat(badOutlet.err().strip()).isEqualTo("error: No media outlet named \"Le Monde\" is known.");
    }
}
