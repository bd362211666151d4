package org.filiere.persistence.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.directory.DirectoryListing;
import org.filiere.directory.DirectoryRefusedException;
import org.filiere.directory.PartnerAddress;
import org.filiere.directory.PartnerEventDetails;
import org.filiere.directory.PartnerListing;
import org.filiere.directory.PartnerListingDetails;
import org.filiere.directory.PartnerListings;
import org.filiere.directory.PartnerPersonDetails;
import org.filiere.directory.PartnerQuery;
import org.filiere.directory.PartnerSource;
import org.filiere.directory.application.DirectoryCommands.ConsentToDirectory;
import org.filiere.directory.application.DirectoryCommands.Incoming;
import org.filiere.directory.application.DirectoryCommands.ReceivePartnerData;
import org.filiere.directory.application.DirectoryCommands.WithdrawFromDirectory;
import org.filiere.directory.application.DirectoryService;
import org.filiere.directory.application.PartnerContactPersonalData;
import org.filiere.directory.application.PartnerDirectoryService;
import org.filiere.directory.application.PartnerImportReport;
import org.filiere.fixtures.Fixtures;
import org.filiere.member.MemberId;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.Databases;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerType;
import org.filiere.programme.application.PartnerService;
import org.filiere.programme.application.ProgrammeCommands.RegisterPartner;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The public directory's consents and the partner data, stored in the database through the services. */
class DirectoryPersistenceTest {

    private static final Actor STAFF = aStaffMember();
    private static final PartnerSource POLE = new PartnerSource("pole-sce");

    static Stream<TestDatabase> databases() {
        return Databases.derbyAndPostgres();
    }

    private static MemberId anAdmittedMember(FiliereContainer filiere, int index, String name) {
        int year = LocalDate.now(CoreProducers.ASSOCIATION_ZONE).getYear();
        MembershipService memberships = filiere.get(MembershipService.class);
        MemberId id = memberships.apply(anApplication(Fixtures.SIRETS[index], name, year));
        memberships.admit(new AdmitMember(STAFF, id, year));
        return id;
    }

    static Incoming<PartnerListingDetails> aListing(String id, String name, String naf, String postcode,
            String locality, String offer) {
        return new Incoming<>(id, new PartnerListingDetails(name, Optional.empty(),
                Optional.ofNullable(naf).map(NafCode::parse), new PartnerAddress("", postcode, locality, "FR"), offer,
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    private static ReceivePartnerData aPartnerFile(List<Incoming<PartnerListingDetails>> listings) {
        Incoming<PartnerEventDetails> event = new Incoming<>("evt-1", new PartnerEventDetails("Rencontres du logiciel",
                "Une journée d'échanges", Instant.parse("2030-03-12T08:00:00Z"),
                Optional.of(Instant.parse("2030-03-12T16:00:00Z")), "Technopole", new PartnerAddress("", "13100",
                        "Aix-en-Provence", "FR"), Optional.of(URI.create("https://pole.example.org/rencontres")),
                "Pôle SCS"));
        Incoming<PartnerPersonDetails> person = new Incoming<>("card-1", new PartnerPersonDetails("Inès Moreau",
                "Pôle SCS", "Chargée d'affaires", Optional.of("ines.moreau@pole.example.org"), Optional.of("+33 4 00")));
        return new ReceivePartnerData(POLE, "annuaire.jsonld", listings, List.of(event), List.of(person));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldListOnlyConsentingMembersAndDropThemWhenTheyWithdraw(TestDatabase database) {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MemberId alpes = anAdmittedMember(filiere, 0, "Alpes Logiciels");
            MemberId other = anAdmittedMember(filiere, 1, "Chartreuse Data");
            DirectoryService directory = filiere.get(DirectoryService.class);

            directory.consent(new ConsentToDirectory(Actor.representativeOf(alpes.value(), "paul-durand", "Paul Durand"), alpes,
                    "Logiciels de gestion de production"));

            List<DirectoryListing> listings = directory.listings();
            assertThat(listings).singleElement().satisfies(l -> {
                assertThat(l.memberId()).isEqualTo(alpes);
                assertThat(l.headOffice()).contains(Siret.parse(Fixtures.SIRETS[0]));
                assertThat(l.offer()).isEqualTo("Logiciels de gestion de production");
                assertThat(l.activity().code()).isEqualTo(new NafCode("58.29C"));
            });
            var consent = directory.consentOf(alpes).orElseThrow();
            assertThat(consent.recordedBy()).isEqualTo("Paul Durand");
            assertThat(consent.consentedAt()).isNotNull();
            assertThatThrownBy(() -> directory.consent(new ConsentToDirectory(
                    Actor.representativeOf(alpes.value(), "paul-durand", "Paul Durand"), other, "")))
                    .isInstanceOf(AccessRefusedException.class);

            directory.withdraw(new WithdrawFromDirectory(STAFF, alpes));

            assertThat(directory.listings()).isEmpty();
            assertThat(directory.consentOf(alpes).orElseThrow().withdrawnAt()).isPresent();
            assertThatThrownBy(() -> directory.withdraw(new WithdrawFromDirectory(STAFF, alpes)))
                    .isInstanceOf(DirectoryRefusedException.class).hasMessageContaining("withdrew");
            directory.consent(new ConsentToDirectory(STAFF, alpes, "Logiciels de gestion de production"));
            assertThat(directory.listings()).extracting(DirectoryListing::memberId).containsExactly(alpes);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRefreshPartnerDataWithoutDuplicates(TestDatabase database) {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            PartnerDirectoryService partners = filiere.get(PartnerDirectoryService.class);
            var first = List.of(aListing("org-1", "Provence Logiciels", "58.29C", "13100", "Aix-en-Provence",
                    "Éditeur de logiciels"), aListing("org-2", "Marseille Cloud", "63.11Z", "13002", "Marseille",
                    "Hébergement"));

            PartnerImportReport once = partners.receive(aPartnerFile(first));
            PartnerImportReport twice = partners.receive(aPartnerFile(first));
            var changed = List.of(first.get(0), aListing("org-2", "Marseille Cloud", "63.11Z", "13002", "Marseille",
                    "Hébergement souverain et infogérance"));
            PartnerImportReport third = partners.receive(aPartnerFile(changed));

            assertThat(once).isEqualTo(new PartnerImportReport(POLE, "annuaire.jsonld", 4, 0, 0));
            assertThat(twice).isEqualTo(new PartnerImportReport(POLE, "annuaire.jsonld", 0, 0, 4));
            assertThat(third).isEqualTo(new PartnerImportReport(POLE, "annuaire.jsonld", 0, 1, 3));
            assertThat(partners.count(POLE)).isEqualTo(3);
            assertThat(partners.search(PartnerQuery.words("infogérance"))).singleElement()
                    .satisfies(l -> assertThat(l.details().offer()).isEqualTo("Hébergement souverain et infogérance"));
            assertThat(partners.upcomingEvents()).singleElement().satisfies(e -> {
                assertThat(e.details().title()).isEqualTo("Rencontres du logiciel");
                assertThat(e.details().end()).contains(Instant.parse("2030-03-12T16:00:00Z"));
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldFindPartnersBySectorPlaceAndOfferReadInFrench(TestDatabase database) {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            PartnerDirectoryService partners = filiere.get(PartnerDirectoryService.class);
            partners.receive(new ReceivePartnerData(POLE, "annuaire.jsonld", List.of(
                    aListing("a", "Provence Logiciels", "58.29C", "13100", "Aix-en-Provence",
                            "Édition de logiciels de maintenance industrielle"),
                    aListing("b", "Var Robotique", "28.99B", "83000", "Toulon", "Robots de maintenance"),
                    aListing("c", "Azur Sécurité", "62.02A", "06000", "Nice", "Sécurité des systèmes industriels"),
                    aListing("d", "Lyon Logiciel", "58.29C", "69003", "Lyon", "Logiciel de paie")),
                    List.of(), List.of()));

            assertThat(partners.search(PartnerQuery.words("logiciel")))
                    .extracting(l -> l.details().name()).containsExactlyInAnyOrder("Provence Logiciels", "Lyon Logiciel");
            assertThat(partners.search(new PartnerQuery("maintenance", Optional.empty(), Optional.of("13"), 10)))
                    .extracting(l -> l.details().name()).containsExactly("Provence Logiciels");
            assertThat(partners.search(new PartnerQuery("", Optional.of("58"), Optional.empty(), 10)))
                    .extracting(l -> l.details().name()).containsExactly("Lyon Logiciel", "Provence Logiciels");
            assertThat(partners.search(new PartnerQuery("securite industrielle", Optional.of("62.02"),
                    Optional.of("nice"), 10))).extracting(PartnerListing::externalId).containsExactly("c");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldExportThenEraseAPartnerContactOnRequest(TestDatabase database) {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            PartnerDirectoryService partners = filiere.get(PartnerDirectoryService.class);
            partners.receive(aPartnerFile(List.of()));

            var export = partners.export(STAFF, "Ines.Moreau@pole.example.org");
            assertThat(export.people()).singleElement().satisfies(p -> {
                assertThat(p.details().name()).isEqualTo("Inès Moreau");
                assertThat(p.details().phone()).contains("+33 4 00");
            });
            assertThatThrownBy(() -> partners.export(Actor.representativeOf("302068382", "paul", "Paul"), "x@y.org"))
                    .isInstanceOf(AccessRefusedException.class);

            partners.erase(STAFF, export.people().get(0).id());

            assertThat(partners.export(STAFF, "ines.moreau@pole.example.org").people()).isEmpty();
            assertThat(partners.people(STAFF, POLE)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldClearAPersonFromPartnerContactsKeepingTheOrganisationsAndListings(TestDatabase database) {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            PartnerService partners = filiere.get(PartnerService.class);
            PartnerId pole = partners.register(new RegisterPartner(STAFF, "Pôle SCS",
                    PartnerType.COMPETITIVENESS_CLUSTER, new PartnerContact("Inès Moreau",
                            "Ines.Moreau@pole.example.org", "+33 4 00 00 00 00")));
            PartnerContact luc = new PartnerContact("Luc Girard", "luc.girard@inp.example.org", "+33 4 76 00");
            PartnerId school = partners.register(new RegisterPartner(STAFF, "Grenoble INP", PartnerType.SCHOOL, luc));
            PartnerDirectoryService directory = filiere.get(PartnerDirectoryService.class);
            ReceivePartnerData file = new ReceivePartnerData(POLE, "annuaire.jsonld", List.of(
                    aListingReaching("org-1", "Moreau Conseil", "ines.moreau@pole.example.org", "+33 4 11 11 11 11"),
                    aListingReaching("org-2", "Girard Études", "contact@girard.example.org", "+33 4 22 22 22 22")),
                    List.of(), List.of());
            directory.receive(file);
            PartnerContactPersonalData place = filiere.get(PartnerContactPersonalData.class);

            assertThat(place.export(STAFF, "ines.moreau@pole.example.org"))
                    .extracting(r -> r.get("record") + ": " + r.get("organisation") + ", " + r.get("phone"))
                    .containsExactly("partner organisation: Pôle SCS, +33 4 00 00 00 00",
                            "partner listing: Moreau Conseil, +33 4 11 11 11 11");
            assertThatThrownBy(() -> place.erase(Actor.representativeOf("302068382", "paul", "Paul"),
                    "ines.moreau@pole.example.org")).isInstanceOf(AccessRefusedException.class);

            assertThat(place.erase(STAFF, "ines.moreau@pole.example.org")).isEqualTo(2);

            assertThat(partners.partner(pole)).hasValueSatisfying(p -> {
                assertThat(p.name()).isEqualTo("Pôle SCS");
                assertThat(p.contact()).isEqualTo(PartnerContact.erased());
            });
            assertThat(partners.partner(school)).hasValueSatisfying(p -> assertThat(p.contact()).isEqualTo(luc));
            assertThat(listing(filiere, "org-1")).satisfies(l -> {
                assertThat(l.details().name()).isEqualTo("Moreau Conseil");
                assertThat(l.details().email()).isEmpty();
                assertThat(l.details().telephone()).isEmpty();
            });
            assertThat(listing(filiere, "org-2").details().email()).contains("contact@girard.example.org");
            assertThat(place.export(STAFF, "ines.moreau@pole.example.org")).isEmpty();

            directory.receive(file);

            assertThat(place.export(STAFF, "ines.moreau@pole.example.org")).as("the partner's file still names her")
                    .extracting(r -> r.get("record")).containsExactly("partner listing");
        }
    }

    private static Incoming<PartnerListingDetails> aListingReaching(String id, String name, String email,
            String telephone) {
        return new Incoming<>(id, new PartnerListingDetails(name, Optional.empty(), Optional.empty(),
                new PartnerAddress("", "38000", "Grenoble", "FR"), "Conseil", Optional.empty(), Optional.of(email),
                Optional.of(telephone)));
    }

    private static PartnerListing listing(FiliereContainer filiere, String externalId) {
        return filiere.get(Transactions.class).required(() -> filiere.get(PartnerListings.class).find(POLE,
                externalId)).orElseThrow();
    }
}
