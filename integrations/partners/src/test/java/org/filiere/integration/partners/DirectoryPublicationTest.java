package org.filiere.integration.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.EventFixtures.aThematicMeetingOn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.filiere.access.Actor;
import org.filiere.directory.PartnerAddress;
import org.filiere.directory.PublicEvent;
import org.filiere.directory.application.DirectoryCommands.ConsentToDirectory;
import org.filiere.directory.application.DirectoryService;
import org.filiere.event.EventId;
import org.filiere.event.application.EventCommands.PlanEvent;
import org.filiere.event.application.EventCommands.PublishEvent;
import org.filiere.event.application.EventService;
import org.filiere.fixtures.Fixtures;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The association's directory served over a real HTTP server on loopback and written to files, then read back. */
class DirectoryPublicationTest {

    private static final Actor STAFF = Actor.staff("claire-martin", "Claire Martin");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private static MemberId anAdmittedMember(FiliereContainer filiere, int index, String name) {
        int year = LocalDate.now(CoreProducers.ASSOCIATION_ZONE).getYear();
        MembershipService memberships = filiere.get(MembershipService.class);
        MemberId id = memberships.apply(Fixtures.anApplication(Fixtures.SIRETS[index], name, year));
        memberships.admit(new AdmitMember(STAFF, id, year));
        return id;
    }

    private static JsonNode get(HttpClient client, URI uri, String type) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains(type + "; charset=UTF-8");
        return JSON.readTree(response.body());
    }

    @Test
    void shouldServeOnlyConsentingMembersAndPublishedEventsAndWriteTheSameToFiles() throws Exception {
        Map<String, String> settings = Map.of("filiere.integration.partners.directory.cluster-name", "Numérique Isère",
                "filiere.integration.partners.directory.id-base", "https://numerique-isere.example.org/");
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), settings)) {
            MemberId listed = anAdmittedMember(filiere, 0, "Alpes Logiciels");
            anAdmittedMember(filiere, 1, "Discrète SAS");
            filiere.get(DirectoryService.class).consent(new ConsentToDirectory(STAFF, listed,
                    "Logiciels de gestion <de production>"));
            EventService eventService = filiere.get(EventService.class);
            EventId event = eventService.plan(new PlanEvent(STAFF, aThematicMeetingOn(LocalDate.of(2030, 3, 12)), 30));
            eventService.publish(new PublishEvent(STAFF, event));
            eventService.plan(new PlanEvent(STAFF, aThematicMeetingOn(LocalDate.of(2030, 4, 12)), 30));
            DirectoryPublication publication = filiere.get(DirectoryPublication.class);

            try (DirectoryHttpServer server = DirectoryHttpServer.start(publication,
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
                HttpClient client = HttpClient.newHttpClient();
                JsonNode jsonLd = get(client, server.address().resolve("directory.jsonld"), "application/ld+json");
                JsonNode popolo = get(client, server.address().resolve("directory.popolo.json"), "application/json");
                HttpResponse<String> events = client.send(HttpRequest.newBuilder(server.address()
                        .resolve("events.jsonld")).build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> post = client.send(HttpRequest.newBuilder(server.address()
                        .resolve("directory.jsonld")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(server.address().getHost()).isEqualTo("127.0.0.1");
                assertThat(jsonLd.get("@context").asText()).isEqualTo("https://schema.org");
                assertThat(jsonLd.get("@graph")).hasSize(1);
                JsonNode organisation = jsonLd.get("@graph").get(0);
                assertThat(organisation.get("@type").asText()).isEqualTo("Organization");
                assertThat(organisation.get("@id").asText())
                        .isEqualTo("https://numerique-isere.example.org/members/" + listed.value());
                assertThat(organisation.get("iso6523Code").asText()).isEqualTo("0009:" + Fixtures.SIRETS[0]);
                assertThat(organisation.get("additionalProperty").get(0).get("value").asText()).isEqualTo("58.29C");
                assertThat(organisation.get("address").get("postalCode").asText()).isEqualTo("38000");
                assertThat(organisation.get("description").asText()).isEqualTo("Logiciels de gestion <de production>");
                assertThat(organisation.get("memberOf").get("name").asText()).isEqualTo("Numérique Isère");
                JsonNode popoloOrganisation = popolo.get("organizations").get(0);
                assertThat(popolo.get("organizations")).hasSize(1);
                assertThat(popoloOrganisation.get("name").asText()).isEqualTo("Alpes Logiciels");
                assertThat(popoloOrganisation.get("identifiers").findValuesAsText("scheme"))
                        .containsExactly("SIREN", "SIRET", "NAF");
                assertThat(events.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(events.body()).get("@graph")).as("the published event, not the draft")
                        .singleElement().satisfies(e -> assertThat(e.get("@id").asText())
                                .isEqualTo("https://numerique-isere.example.org/events/" + event.value()));
                assertThat(post.statusCode()).isEqualTo(405);
            }

            List<Path> files = publication.writeFiles(folder);

            assertThat(files).extracting(p -> p.getFileName().toString())
                    .containsExactly("directory.jsonld", "directory.popolo.json", "events.jsonld", "events.ics");
            assertThat(new PartnerFileReader(PartnerLimits.standard(), ZoneId.of("Europe/Paris"))
                    .read(Files.newInputStream(folder.resolve("events.ics")), "events.ics").events())
                    .singleElement().satisfies(e -> assertThat(e.details().start())
                            .isEqualTo(Instant.parse("2030-03-12T08:00:00Z")));
            PartnerFile readBack = new PartnerFileReader(PartnerLimits.standard(), ZoneId.of("Europe/Paris"))
                    .read(Files.newInputStream(folder.resolve("directory.jsonld")), "directory.jsonld");
            assertThat(readBack.listings()).singleElement().satisfies(l -> {
                assertThat(l.details().siret()).hasValueSatisfying(s -> assertThat(s.value()).isEqualTo(Fixtures.SIRETS[0]));
                assertThat(l.details().activity()).isPresent();
            });
            assertThat(new PartnerFileReader(PartnerLimits.standard(), ZoneId.of("Europe/Paris"))
                    .read(Files.newInputStream(folder.resolve("directory.popolo.json")), "popolo").listings()).hasSize(1);
        }
    }

    @Test
    void shouldWriteTheAssociationsEventsAsSchemaOrgEvents() throws IOException {
        PublicEvent them = new PublicEvent("them-ia-2030", "Them@ IA", "Intelligence artificielle & PME",
                Instant.parse("2030-03-12T08:00:00Z"), Optional.of(Instant.parse("2030-03-12T10:00:00Z")),
                "Maison du numérique", new PartnerAddress("5 rue Gustave Eiffel", "38000", "Grenoble", ""),
                Optional.of(URI.create("https://numerique-isere.example.org/agenda/them-ia")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new DirectoryWriters("Numérique Isère", "https://numerique-isere.example.org/", ZoneId.of("Europe/Paris"))
                .eventsJsonLd(List.of(them), out);

        JsonNode event = JSON.readTree(out.toByteArray()).get("@graph").get(0);
        assertThat(event.get("@type").asText()).isEqualTo("Event");
        assertThat(event.get("@id").asText()).isEqualTo("https://numerique-isere.example.org/events/them-ia-2030");
        assertThat(event.get("startDate").asText()).isEqualTo("2030-03-12T09:00+01:00");
        assertThat(event.get("endDate").asText()).isEqualTo("2030-03-12T11:00+01:00");
        assertThat(event.get("location").get("address").get("addressLocality").asText()).isEqualTo("Grenoble");
        assertThat(event.get("organizer").get("name").asText()).isEqualTo("Numérique Isère");
        PartnerFile readBack = new PartnerFileReader(PartnerLimits.standard(), ZoneId.of("Europe/Paris"))
                .read(new ByteArrayInputStream(out.toByteArray()), "events.jsonld");
        assertThat(readBack.events()).singleElement().satisfies(e -> {
            assertThat(e.details().start()).isEqualTo(them.start());
            assertThat(e.details().description()).isEqualTo("Intelligence artificielle & PME");
        });
    }

    @Test
    void shouldWriteTheAssociationsEventsAsAnICalendarFeedThatReadsBack() throws IOException {
        PublicEvent them = new PublicEvent("them-ia-2030", "Them@ IA : l'intelligence artificielle dans les PME de l'Isère",
                "Témoignages, démonstrations et rendez-vous d'affaires, avec une longue description accentuée é è à ç",
                Instant.parse("2030-03-12T08:00:00Z"), Optional.of(Instant.parse("2030-03-12T10:00:00Z")),
                "Maison du numérique", new PartnerAddress("5 rue Gustave Eiffel", "38000", "Grenoble", ""),
                Optional.of(URI.create("https://numerique-isere.example.org/agenda/them-ia")));

        String ics = new EventCalendar("https://numerique-isere.example.org/").write(List.of(them),
                Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(ics).contains("DTSTART:20300312T080000Z")
                .contains("UID:https://numerique-isere.example.org/events/them-ia-2030");
        assertThat(ics.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(75));
        PartnerFile readBack = new PartnerFileReader(PartnerLimits.standard(), ZoneId.of("Europe/Paris"))
                .read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), "events.ics");
        assertThat(readBack.events()).singleElement().satisfies(e -> {
            assertThat(e.details().title()).isEqualTo(them.title());
            assertThat(e.details().description()).isEqualTo(them.description());
            assertThat(e.details().start()).isEqualTo(them.start());
            assertThat(e.details().end()).isEqualTo(them.end());
            assertThat(e.details().url()).isEqualTo(them.url());
        });
    }

    @Test
    void shouldWriteAnEmptyCalendarWhenNoEventIsPlanned() throws IOException {
        String ics = new EventCalendar("https://numerique-isere.example.org/").write(List.of(),
                Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0").doesNotContain("BEGIN:VEVENT")
                .endsWith("END:VCALENDAR\r\n");
        PartnerFile readBack = new PartnerFileReader(PartnerLimits.standard(), ZoneId.of("Europe/Paris"))
                .read(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)), "events.ics");
        assertThat(readBack.events()).isEmpty();
        assertThat(readBack.refused()).isEmpty();
    }
}
