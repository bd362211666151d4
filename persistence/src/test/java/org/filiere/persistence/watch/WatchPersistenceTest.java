package org.filiere.persistence.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.RecordingDigestMailer;
import org.filiere.fixtures.WatchFixtures;
import org.filiere.kernel.StaleDataException;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.filiere.watch.CpvCode;
import org.filiere.watch.Department;
import org.filiere.watch.Digest;
import org.filiere.watch.DigestEntry;
import org.filiere.watch.Digests;
import org.filiere.watch.MatchReason;
import org.filiere.watch.Region;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderId;
import org.filiere.watch.TenderNotice;
import org.filiere.watch.Tenders;
import org.filiere.watch.WatchProfile;
import org.filiere.watch.WatchProfiles;
import org.filiere.watch.WatchWeek;
import org.filiere.watch.application.DigestService;
import org.filiere.watch.application.TenderIntake;
import org.filiere.watch.application.TenderReception;
import org.filiere.watch.application.TenderService;
import org.filiere.watch.application.WatchCommands.ComposeWeeklyDigests;
import org.filiere.watch.application.WatchCommands.SendDigest;
import org.filiere.watch.application.WatchCommands.SetWatchProfile;
import org.filiere.watch.application.WatchProfileService;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tenders, watch profiles and digests stored in the database, through the application services. */
class WatchPersistenceTest {

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private static MemberId aMember(FiliereContainer filiere, int index) {
        return filiere.get(MembershipService.class).apply(anApplication(Fixtures.SIRETS[index], "Membre " + index,
                LocalDate.now(CoreProducers.ASSOCIATION_ZONE).getYear()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldStoreATenderOnceAndUpdateItWhenSeenAgain(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            TenderService service = filiere.get(TenderService.class);
            TenderNotice notice = WatchFixtures.aNotice("2025-042", "Refonte du site internet", "Site et hébergement",
                    "72413000-8", "45233130.0");
            assertThat(service.receive(notice).outcome()).isEqualTo(TenderReception.Outcome.CREATED);
            assertThat(service.receive(notice).outcome()).isEqualTo(TenderReception.Outcome.UNCHANGED);
            TenderNotice changed = WatchFixtures.aNotice("2025-042", "Refonte du site internet",
                    "Site, hébergement et maintenance", "72413000-8");
            assertThat(service.receive(changed).outcome()).isEqualTo(TenderReception.Outcome.UPDATED);

            Tender stored = service.tender(new TenderId("test-feed", "2025-042")).orElseThrow();
            assertThat(stored.details().description()).isEqualTo("Site, hébergement et maintenance");
            assertThat(stored.details().cpvCodes()).containsExactly(new CpvCode("72413000"));
            assertThat(stored.details().buyer().siret()).isPresent();
            assertThat(stored.details().place().department()).contains(new Department("38"));
            assertThat(stored.details().deadline()).isPresent();
            assertThat(stored.version()).isEqualTo(2);
            Transactions transactions = filiere.get(Transactions.class);
            assertThat(transactions.required(() -> filiere.get(Tenders.class).count())).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldStoreAChunkOfTendersAsReceivingThemOneByOneWould(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            TenderNotice full = new TenderNotice("test-feed", "2025-100", "Ville de Grenoble", "21380185500015",
                    "Refonte du site internet", "Site et hébergement", List.of("72413000-8", "48000000-8", "72267000-4"),
                    "38", "38000", "38185", "125000.50", "EUR", "2025-03-01", "2025-04-15T12:00:00+02:00",
                    "https://marches.example.org/2025-100", List.of());
            TenderNotice sparse = new TenderNotice("test-feed", "2025-101", null, null, "Mobilier de bureau", null,
                    List.of("39130000-2"), null, null, null, null, null, null, null, null, List.of());

            TenderIntake.ChunkReceived received = filiere.get(TenderIntake.class).receive(List.of(full, sparse));

            assertThat(received.receptions()).extracting(TenderReception::outcome)
                    .containsExactly(TenderReception.Outcome.CREATED, TenderReception.Outcome.CREATED);
            TenderService service = filiere.get(TenderService.class);
            assertThat(service.receive(full).outcome()).as("every field of the batch's row reads back as received")
                    .isEqualTo(TenderReception.Outcome.UNCHANGED);
            assertThat(service.receive(sparse).outcome()).isEqualTo(TenderReception.Outcome.UNCHANGED);
            Tender stored = service.tender(new TenderId("test-feed", "2025-100")).orElseThrow();
            assertThat(stored.details().cpvCodes()).extracting(CpvCode::digits)
                    .containsExactly("72413000", "48000000", "72267000");
            assertThat(stored.details().deadline()).isPresent();
            assertThat(stored.details().value()).isPresent();
            assertThat(stored.version()).isEqualTo(1);
            assertThat(service.tender(new TenderId("test-feed", "2025-101")).orElseThrow().details().deadline())
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepEveryCriterionOfAProfileAndFollowItsChanges(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MemberId member = aMember(filiere, 0);
            WatchProfileService service = filiere.get(WatchProfileService.class);
            service.setProfile(WatchFixtures.aFullProfile(aStaffMember(), member, List.of("logiciel", "cloud"),
                    List.of("tierce maintenance applicative"), List.of("nettoyage"), List.of("72", "48200000-0"),
                    List.of("38", "73"), List.of("Bretagne"), new BigDecimal("15000"), new BigDecimal("900000.50")));
            WatchProfile stored = service.profile(member).orElseThrow();
            assertThat(stored.criteria().keywords()).containsExactly("logiciel", "cloud");
            assertThat(stored.criteria().phrases()).containsExactly("tierce maintenance applicative");
            assertThat(stored.criteria().excludedWords()).containsExactly("nettoyage");
            assertThat(stored.criteria().cpvCodes()).containsExactly(new CpvCode("72000000"), new CpvCode("48200000"));
            assertThat(stored.criteria().departments()).containsExactlyInAnyOrder(new Department("38"),
                    new Department("73"));
            assertThat(stored.criteria().regions()).containsExactly(Region.BRETAGNE);
            assertThat(stored.criteria().minValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15000"));
            assertThat(stored.criteria().maxValue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("900000.5"));
            assertThat(stored.recipients()).containsExactly("veille@" + member.value() + ".example.org");

            service.setProfile(WatchFixtures.aProfile(aStaffMember(), member, List.of("cybersécurité"), List.of()));
            WatchProfile changed = service.profile(member).orElseThrow();
            assertThat(changed.criteria().keywords()).containsExactly("cybersécurité");
            assertThat(changed.criteria().cpvCodes()).isEmpty();
            assertThat(changed.criteria().places()).isEmpty();
            assertThat(changed.criteria().hasValueRange()).isFalse();
            assertThat(changed.version()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldComposeStoreAndSendDigestsWithoutEverRepeatingATender(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, RecordingDigestMailer.class)) {
            MemberId software = aMember(filiere, 0);
            MemberId roads = aMember(filiere, 1);
            WatchProfileService profiles = filiere.get(WatchProfileService.class);
            profiles.setProfile(WatchFixtures.aProfile(aStaffMember(), software, List.of("logiciel"), List.of("72")));
            profiles.setProfile(WatchFixtures.aProfile(aStaffMember(), roads, List.of("voirie"), List.of()));
            TenderService tenders = filiere.get(TenderService.class);
            tenders.receive(WatchFixtures.aNotice("A", "Acquisition de logiciels de gestion", "", "48000000-8"));
            tenders.receive(WatchFixtures.aNotice("B", "Tierce maintenance applicative", "", "72267000-4"));
            tenders.receive(WatchFixtures.aNotice("C", "Mobilier de bureau", "", "39130000-2"));
            DigestService digests = filiere.get(DigestService.class);
            WatchWeek week = WatchWeek.of(LocalDate.now(CoreProducers.ASSOCIATION_ZONE));

            List<Digest> composed = digests.compose(new ComposeWeeklyDigests(aStaffMember(), week));
            assertThat(composed).singleElement().satisfies(d -> assertThat(d.memberId()).isEqualTo(software));
            Digest stored = digests.digests(software, week).get(0);
            assertThat(stored.entries()).extracting(e -> e.tenderId().reference()).containsExactlyInAnyOrder("A", "B");
            assertThat(stored.entries()).filteredOn(e -> e.tenderId().reference().equals("B")).singleElement()
                    .satisfies(e -> assertThat(e.reasons()).containsExactly(MatchReason.cpv(new CpvCode("72000000"))));
            assertThat(digests.digests(roads, week)).isEmpty();

            tenders.receive(WatchFixtures.aNotice("D", "Logiciel de voirie", "", "48000000-8"));
            List<Digest> again = digests.compose(new ComposeWeeklyDigests(aStaffMember(), week));
            assertThat(again).extracting(Digest::memberId).containsExactly(software, roads);
            assertThat(again).allSatisfy(d -> assertThat(d.entries()).extracting(e -> e.tenderId().reference())
                    .containsExactly("D"));
            assertThat(digests.compose(new ComposeWeeklyDigests(aStaffMember(), week))).isEmpty();

            Digest first = stored;
            digests.send(new SendDigest(aStaffMember(), first.id()));
            assertThat(filiere.get(RecordingDigestMailer.class).sent()).singleElement()
                    .satisfies(d -> assertThat(d.id()).isEqualTo(first.id()));
            Transactions transactions = filiere.get(Transactions.class);
            Digest reread = transactions.required(() -> filiere.get(Digests.class).find(first.id()).orElseThrow());
            assertThat(reread.sentAt()).isPresent();
            assertThat(digests.unsent()).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRefuseToStoreATenderTwiceForTheSameMember(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MemberId member = aMember(filiere, 0);
            filiere.get(TenderService.class).receive(WatchFixtures.aNotice("A", "Logiciel", "", "48000000-8"));
            Transactions transactions = filiere.get(Transactions.class);
            Digests digests = filiere.get(Digests.class);
            Tender tender = filiere.get(TenderService.class).tender(new TenderId("test-feed", "A")).orElseThrow();
            WatchWeek week = WatchWeek.of(LocalDate.now(CoreProducers.ASSOCIATION_ZONE));
            DigestEntry entry = DigestEntry.of(tender, List.of(MatchReason.keyword("logiciel")));
            transactions.required(() -> digests.save(Digest.compose(member, week, List.of("a@b.fr"), List.of(entry),
                    java.time.Clock.systemUTC()).digest()));
            assertThatThrownBy(() -> transactions.required(() -> digests.save(Digest.compose(member, week,
                    List.of("a@b.fr"), List.of(entry), java.time.Clock.systemUTC()).digest())))
                    .isInstanceOf(StaleDataException.class).hasMessageContaining("digest of member " + member.value())
                    .hasMessageContaining("one of its tenders was put in another digest");
            assertThat(transactions.required(() -> digests.deliveredTo(member)))
                    .containsExactly(new TenderId("test-feed", "A"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldFindProfilesAndDigestsByAWholeRecipientAddressWhateverItsCase(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MemberId named = aMember(filiere, 0);
            MemberId lookalike = aMember(filiere, 1);
            WatchProfileService service = filiere.get(WatchProfileService.class);
            service.setProfile(new SetWatchProfile(aStaffMember(), named, List.of("logiciel"), List.of(), List.of(),
                    List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                    List.of("veille@example.org", "Anne_Roy@Example.fr"), true));
            service.setProfile(new SetWatchProfile(aStaffMember(), lookalike, List.of("logiciel"), List.of(),
                    List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                    List.of("jeanne.roy@example.fr", "annexroy@example.fr"), true));
            filiere.get(TenderService.class).receive(WatchFixtures.aNotice("A", "Logiciel", "", "48000000-8"));
            filiere.get(DigestService.class).compose(new ComposeWeeklyDigests(aStaffMember(),
                    WatchWeek.of(LocalDate.now(CoreProducers.ASSOCIATION_ZONE))));
            Transactions transactions = filiere.get(Transactions.class);
            WatchProfiles profiles = filiere.get(WatchProfiles.class);
            Digests digests = filiere.get(Digests.class);

            assertThat(transactions.required(() -> profiles.namingRecipient(" anne_roy@example.fr")))
                    .extracting(WatchProfile::memberId).containsExactly(named);
            assertThat(transactions.required(() -> digests.namingRecipient("ANNE_ROY@example.fr")))
                    .extracting(Digest::memberId).containsExactly(named);
            assertThat(transactions.required(() -> profiles.namingRecipient("roy@example.fr"))).isEmpty();
            assertThat(transactions.required(() -> digests.namingRecipient("roy@example.fr"))).isEmpty();
            assertThat(transactions.required(() -> digests.namingRecipient("anne%roy@example.fr"))).isEmpty();
        }
    }
}
