package org.filiere.integration.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import org.filiere.directory.PartnerEventDetails;
import org.filiere.directory.PartnerListingDetails;
import org.filiere.directory.application.DirectoryCommands.Incoming;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Partners' files of every format read, and hostile ones refused whole (files in src/test/resources/partners). */
class PartnerFileReaderTest {

    private final PartnerFileReader reader = new PartnerFileReader(PartnerLimits.standard(), ZoneId.of("Europe/Paris"));

    static byte[] file(String name) {
        try (InputStream in = PartnerFileReaderTest.class.getResourceAsStream("/partners/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PartnerFile read(String name) throws IOException {
        return reader.read(new ByteArrayInputStream(file(name)), name);
    }

    @Test
    void shouldReadASchemaOrgDirectoryKeepingGoodRecordsAndRefusingBadOnes() throws IOException {
        PartnerFile file = read("pole-annuaire.jsonld");

        assertThat(file.format()).isEqualTo(PartnerFormat.SCHEMA_ORG_JSON_LD);
        assertThat(file.listings()).extracting(l -> l.details().name()).containsExactly("Provence Logiciels",
                "Azur Cybersécurité");
        PartnerListingDetails provence = file.listings().get(0).details();
        assertThat(file.listings().get(0).externalId())
                .isEqualTo("https://annuaire.pole-sud.example.org/membres/provence-logiciels");
        assertThat(provence.siret()).contains(Siret.parse("85346409700015"));
        assertThat(provence.activity()).contains(new NafCode("58.29C"));
        assertThat(provence.address().postcode()).isEqualTo("13100");
        assertThat(provence.address().locality()).isEqualTo("Aix-en-Provence");
        assertThat(provence.offer()).contains("Éditeur de logiciels").contains("Maintenance prédictive");
        assertThat(provence.website()).contains(URI.create("https://provence-logiciels.example.org"));
        assertThat(file.listings().get(1).details().activity()).contains(new NafCode("62.02A"));
        assertThat(file.listings().get(1).details().offer()).contains("Tests d'intrusion");
        assertThat(file.events()).singleElement().satisfies(e -> {
            assertThat(e.details().start()).isEqualTo(Instant.parse("2030-03-12T08:00:00Z"));
            assertThat(e.details().organiser()).isEqualTo("Pôle Sud Numérique");
        });
        assertThat(file.people()).singleElement().satisfies(p -> {
            assertThat(p.details().email()).contains("ines.moreau@pole-sud.example.org");
            assertThat(p.details().role()).isEqualTo("Chargée d'affaires");
        });
        assertThat(file.refused()).extracting(RefusedRecord::reason).containsExactly(
                "\"Entreprise au SIRET faux\": its field \"iso6523Code\" \"0009:12345678901234\" does not carry a valid SIRET",
                "node 4: its field \"name\" is an object, where a text is expected");
        assertThat(file.refused().get(1).text()).contains("Nom dans un objet");
    }

    @Test
    void shouldReadTheSchemaOrgExamples() throws IOException {
        PartnerFile organisation = read("organization-eg-0007.jsonld");
        PartnerFile music = read("music-event-eg-0202.jsonld");
        PartnerFile mixed = read("mixed-event-eg-0170.jsonld");
        PartnerFile scheduled = read("scheduled-event-eg-0240.jsonld");

        assertThat(organisation.listings()).singleElement().satisfies(l -> {
            assertThat(l.externalId()).isEqualTo("siret:44306184100039");
            assertThat(l.details().siret()).contains(Siret.parse("44306184100039"));
            assertThat(l.details().address().postcode()).isEqualTo("75002");
            assertThat(l.details().address().locality()).isEqualTo("Paris");
        });
        assertThat(music.events()).singleElement().satisfies(e -> {
            assertThat(e.externalId()).isEqualTo("http://www.bbking.com/events/apr12-providence.html");
            assertThat(e.details().start()).as("a local time, read in Paris")
                    .isEqualTo(Instant.parse("2014-04-12T17:30:00Z"));
            assertThat(e.details().place()).isEqualTo("Lupo's Heartbreak Hotel");
        });
        assertThat(mixed.events()).singleElement().satisfies(e -> {
            assertThat(e.details().start()).isEqualTo(Instant.parse("2025-07-22T00:00:00Z"));
            assertThat(e.details().place()).as("the Place, not the VirtualLocation").isEqualTo("Snickerpark Stadium");
        });
        assertThat(scheduled.events()).isEmpty();
        assertThat(scheduled.refused()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("Partner event \"Tai chi Class\": its start is missing"));
    }

    @Test
    void shouldReadAPopoloFileAndASingleOrganization() throws IOException {
        PartnerFile file = read("reseau-popolo.json");
        PartnerFile single = read("popolo-organization.json");

        assertThat(file.format()).isEqualTo(PartnerFormat.POPOLO);
        assertThat(file.listings()).extracting(Incoming::externalId).containsExactly("var-robotique", "nice-data");
        PartnerListingDetails robotique = file.listings().get(0).details();
        assertThat(robotique.siret()).contains(Siret.parse("87810687100014"));
        assertThat(robotique.address().postcode()).isEqualTo("83000");
        assertThat(robotique.address().locality()).isEqualTo("Toulon");
        assertThat(robotique.telephone()).contains("+33 4 94 00 00 00");
        assertThat(file.listings().get(1).details().activity()).contains(new NafCode("63.11Z"));
        assertThat(file.events()).extracting(Incoming::externalId).containsExactly("atelier-ia-2030");
        assertThat(file.people()).singleElement().satisfies(p -> assertThat(p.details().role()).isEqualTo("Directeur"));
        assertThat(file.refused()).extracting(RefusedRecord::reason).containsExactly(
                "A partner listing: its name is missing", "Partner event \"Événement sans date\": its start is missing");
        assertThat(single.listings()).singleElement().satisfies(l -> assertThat(l.details().name()).isEqualTo("ABC, Inc."));
    }

    @Test
    void shouldReadPublishedCalendarsEvenWhenTheyBreakTheRfc() throws IOException {
        PartnerFile agenda = read("agenda-pole.ics");
        PartnerFile school = read("test_with_multiple_tzids_in_vtimezone.ics");
        PartnerFile meetup = read("meetup-timed-tz.ics");

        assertThat(agenda.events()).extracting(Incoming::externalId).containsExactly(
                "2030-rencontres@pole-sud.example.org", "2030-webinaire@pole-sud.example.org");
        PartnerEventDetails rencontres = agenda.events().get(0).details();
        assertThat(rencontres.start()).isEqualTo(Instant.parse("2030-03-12T08:00:00Z"));
        assertThat(rencontres.description()).isEqualTo("Une journée de rendez-vous d'affaires, entre industriels et éditeurs.");
        assertThat(agenda.events().get(1).details().start()).as("floating time, read in Paris")
                .isEqualTo(Instant.parse("2030-04-05T12:00:00Z"));
        assertThat(agenda.refused()).singleElement().satisfies(r -> assertThat(r.reason()).contains("has no UID"));
        assertThat(school.events()).singleElement().satisfies(e -> {
            assertThat(e.details().title()).isEqualTo("Possible Snow Makeup Day");
            assertThat(e.details().url()).contains(URI.create("https://www.washougal.k12.wa.us/hathaway/event/possible-snow-makeup-day/"));
        });
        assertThat(meetup.events()).singleElement().satisfies(e -> {
            assertThat(e.details().start()).isEqualTo(Instant.parse("2011-11-10T02:00:00Z"));
            assertThat(e.details().place()).startsWith("Open Source Project Tempe");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rfc6350-example.vcf, VCARD, simon.perreault@viagenie.ca, Simon Perreault, Viagenie",
        "John_Doe_GMAIL.vcf, VCARD, john.doe@ibm.com, 'Mr. John Richter, James Doe Sr.', IBM",
        "outlook-2007.vcf, VCARD, mike.angstadt@gmail.com, Mr. Michael Angstadt Jr., 'TheCompany, TheDepartment'",
        "jcard-example.json, JCARD, simon.perreault@viagenie.ca, Simon Perreault, Viagenie"})
    void shouldReadContactCardsOfEveryVersion(String name, PartnerFormat format, String email, String person,
            String organisation) throws IOException {
        PartnerFile file = read(name);

        assertThat(file.format()).isEqualTo(format);
        assertThat(file.people()).singleElement().satisfies(p -> {
            assertThat(p.details().email()).contains(email);
            assertThat(p.details().name()).isEqualTo(person);
            assertThat(p.details().organisation()).isEqualTo(organisation);
            assertThat(p.details().phone()).isPresent();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "external-context.jsonld | its @context refers to \"https://vocabulaire.hostile.example.org/context.jsonld\"",
        "not-json.json | is in no format partners' files come in",
        "wrong-shape.jsonld | its \"@graph\" should be an array of records, not a text",
        "truncated.jsonld | is not well-formed JSON",
        "deep.jsonld | breaks a limit of what is read: Document nesting depth (65) exceeds the maximum allowed (64"})
    void shouldRefuseAHostileOrMalformedFileWhole(String name, String reason) {
        assertThatThrownBy(() -> read(name)).isInstanceOf(UnreadablePartnerFileException.class)
                .hasMessageStartingWith(name).hasMessageContaining(reason);
    }

    @Test
    void shouldRefuseAFileOrARecordOverItsSizeLimit() {
        PartnerFileReader small = new PartnerFileReader(new PartnerLimits(2000, 300, 10), ZoneId.of("Europe/Paris"));
        String big = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Organization\",\"@id\":\"urn:x\","
                + "\"name\":\"" + "x".repeat(400) + "\"}]}";

        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(file("pole-annuaire.jsonld")), "annuaire.jsonld"))
                .isInstanceOf(UnreadablePartnerFileException.class)
                .hasMessage("annuaire.jsonld is larger than the 2000 bytes accepted");
        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), "big.jsonld"))
                .isInstanceOf(UnreadablePartnerFileException.class)
                .hasMessageContaining("big.jsonld: a @graph record is").hasMessageContaining("at most 300 are read per record");
    }

    @Test
    void shouldRefuseMoreCardsThanTheLimit() {
        PartnerFileReader small = new PartnerFileReader(new PartnerLimits(100_000, 10_000, 2), ZoneId.of("Europe/Paris"));
        String cards = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nEND:VCARD\r\n".repeat(3);

        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(cards.getBytes(StandardCharsets.UTF_8)), "cartes.vcf"))
                .isInstanceOf(UnreadablePartnerFileException.class).hasMessageContaining("more than 2 contact cards");
    }
}
