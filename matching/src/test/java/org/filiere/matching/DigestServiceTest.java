package org.filiere.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.InMemoryConsents;
import org.filiere.fixtures.InMemoryDigests;
import org.filiere.fixtures.InMemoryMembers;
import org.filiere.fixtures.InMemoryTenders;
import org.filiere.fixtures.InMemoryWatchProfiles;
import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.RecordedEvents;
import org.filiere.fixtures.RecordingDigestMailer;
import org.filiere.fixtures.WatchFixtures;
import org.filiere.member.MemberId;
import org.filiere.member.NafNomenclature;
import org.filiere.member.RenewalGracePolicy;
import org.filiere.member.application.MembershipService;
import org.filiere.privacy.ConsentMeans;
import org.filiere.privacy.ConsentPurpose;
import org.filiere.privacy.application.ConsentService;
import org.filiere.watch.CpvCode;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.Digest;
import org.filiere.watch.DigestComposed;
import org.filiere.watch.DigestEntry;
import org.filiere.watch.DigestSent;
import org.filiere.watch.DigestWithoutConsentException;
import org.filiere.watch.MatchReason;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderId;
import org.filiere.watch.WatchWeek;
import org.filiere.watch.application.DigestDispatch;
import org.filiere.watch.application.DigestService;
import org.filiere.watch.application.WatchCommands.ComposeWeeklyDigests;
import org.filiere.watch.application.WatchCommands.SendDigest;
import org.filiere.watch.application.WatchCommands.SetWatchProfile;
import org.filiere.watch.application.WatchProfileService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The weekly digests, with the real matching engine and in-memory storage. */
class DigestServiceTest {

    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 6, 4));
    private final CpvVocabulary cpv = CpvVocabulary.shipped();
    private final InMemoryMembers members = new InMemoryMembers();
    private final InMemoryTenders tenders = new InMemoryTenders();
    private final InMemoryWatchProfiles profiles = new InMemoryWatchProfiles();
    private final InMemoryDigests digests = new InMemoryDigests();
    private final RecordedEvents events = new RecordedEvents();
    private final RecordingDigestMailer mailer = new RecordingDigestMailer();
    private final LuceneTenderMatcher engine = new LuceneTenderMatcher(cpv);
    private final InMemoryConsents consents = new InMemoryConsents();
    private final DigestService service = new DigestService(tenders, profiles, digests, engine, mailer, consents,
            events, clock);
    private final WatchProfileService profileService = new WatchProfileService(profiles, members, cpv,
            new ConsentService(consents, events, clock), events, clock);
    private final WatchWeek week = WatchWeek.of(LocalDate.of(2025, 6, 4));
    private final Actor staff = aStaffMember();

    @AfterEach
    void closeEngine() {
        engine.close();
    }

    private MemberId aMemberWatching(int index, List<String> keywords, List<String> codes) {
        MemberId id = new MembershipService(members, NafNomenclature.shipped(),
                new RenewalGracePolicy(MonthDay.of(3, 31)), events, clock)
                .apply(anApplication(Fixtures.SIRETS[index], "Membre " + index, 2025));
        profileService.setProfile(WatchFixtures.aProfile(staff, id, keywords, codes));
        return id;
    }

    private Tender received(String ref, String title, LocalDate deadline, String... codes) {
        Tender tender = Tender.receive(new TenderId("t", ref), WatchFixtures.details(title, "", deadline, codes),
                clock).tender();
        tenders.save(tender);
        return tender;
    }

    @Test
    void shouldGiveEachMemberOneDigestOfItsMatchesAndNoneToOthers() {
        MemberId software = aMemberWatching(0, List.of("logiciel"), List.of("7226"));
        MemberId roads = aMemberWatching(1, List.of("voirie"), List.of());
        received("A", "Acquisition de logiciels", LocalDate.of(2025, 7, 1));
        received("B", "Services de maintenance", LocalDate.of(2025, 6, 20), "72267000-4");
        received("C", "Mobilier", LocalDate.of(2025, 6, 20));

        List<Digest> composed = service.compose(new ComposeWeeklyDigests(staff, week));

        assertThat(composed).singleElement().satisfies(d -> {
            assertThat(d.memberId()).isEqualTo(software);
            assertThat(d.entries()).extracting(e -> e.tenderId().reference()).containsExactly("B", "A");
            assertThat(d.entries().get(0).reasons()).containsExactly(MatchReason.cpv(new CpvCode("72260000")));
            assertThat(d.entries().get(1).reasons()).containsExactly(MatchReason.keyword("logiciel"));
            assertThat(d.recipients()).containsExactly("veille@" + software.value() + ".example.org");
        });
        assertThat(service.digests(roads, week)).isEmpty();
        assertThat(events.ofType(DigestComposed.class)).singleElement()
                .satisfies(e -> assertThat(e.tenderCount()).isEqualTo(2));
    }

    @Test
    void shouldSendDigestsOnlyToRecipientsWhoStillConsent() {
        MemberId software = new MembershipService(members, NafNomenclature.shipped(),
                new RenewalGracePolicy(MonthDay.of(3, 31)), events, clock)
                .apply(anApplication(Fixtures.SIRETS[0], "Membre 0", 2025));
        profileService.setProfile(new SetWatchProfile(staff, software, List.of("logiciel"), List.of(), List.of(),
                List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                List.of("achats@example.org", "direction@example.org", "veille@example.org"), true));
        ConsentService consentService = new ConsentService(consents, events, clock);
        consentService.unsubscribe(ConsentPurpose.TENDER_DIGESTS, "Achats@example.org");
        received("A", "Acquisition de logiciels", LocalDate.of(2025, 7, 1));

        Digest digest = service.compose(new ComposeWeeklyDigests(staff, week)).get(0);
        List<String> composedFor = digest.recipients();
        consentService.withdraw(staff, ConsentPurpose.TENDER_DIGESTS, "direction@example.org", ConsentMeans.EMAIL);
        service.send(new SendDigest(staff, digest.id()));

        assertThat(composedFor).containsExactly("direction@example.org", "veille@example.org");
        assertThat(mailer.sent()).singleElement()
                .satisfies(d -> assertThat(d.recipients()).containsExactly("veille@example.org"));
    }

    @Test
    void shouldNotSendADigestNoneOfWhoseRecipientsConsentsAnyMore() {
        MemberId software = aMemberWatching(0, List.of("logiciel"), List.of());
        received("A", "Acquisition de logiciels", LocalDate.of(2025, 7, 1));
        Digest digest = service.compose(new ComposeWeeklyDigests(staff, week)).get(0);
        new ConsentService(consents, events, clock).unsubscribe(ConsentPurpose.TENDER_DIGESTS,
                "veille@" + software.value() + ".example.org");

        assertThatThrownBy(() -> service.send(new SendDigest(staff, digest.id())))
                .isInstanceOf(DigestWithoutConsentException.class).hasMessageContaining("consents");
        assertThat(mailer.sent()).isEmpty();
        assertThat(service.unsent()).extracting(Digest::id).containsExactly(digest.id());
        received("B", "Logiciel de gestion", LocalDate.of(2025, 7, 1));
        assertThat(service.compose(new ComposeWeeklyDigests(staff, week))).as("no digest to no one").isEmpty();
    }

    @Test
    void shouldNeverSendATenderTwiceWhenDigestsAreComposedAgain() {
        MemberId software = aMemberWatching(0, List.of("logiciel"), List.of());
        received("A", "Logiciel de paie", LocalDate.of(2025, 7, 1));
        service.compose(new ComposeWeeklyDigests(staff, week));
        clock.advance(Duration.ofHours(2));
        received("B", "Logiciel de gestion", LocalDate.of(2025, 7, 1));

        List<Digest> again = service.compose(new ComposeWeeklyDigests(staff, week));

        assertThat(again).singleElement().satisfies(d -> assertThat(d.entries()).extracting(DigestEntry::tenderId)
                .containsExactly(new TenderId("t", "B")));
        assertThat(service.compose(new ComposeWeeklyDigests(staff, week))).isEmpty();
        assertThat(service.digests(software, week)).hasSize(2);
    }

    @Test
    void shouldLeaveOutTendersOfOtherWeeksAndTendersAlreadyClosed() {
        aMemberWatching(0, List.of("logiciel"), List.of());
        received("OPEN", "Logiciel ouvert", LocalDate.of(2025, 7, 1));
        received("CLOSED", "Logiciel clos", LocalDate.of(2025, 6, 3));
        clock.setDay(LocalDate.of(2025, 6, 11));
        received("NEXT", "Logiciel de la semaine suivante", LocalDate.of(2025, 7, 1));
        clock.setDay(LocalDate.of(2025, 6, 5));

        List<Digest> composed = service.compose(new ComposeWeeklyDigests(staff, week));

        assertThat(composed).singleElement().satisfies(d -> assertThat(d.entries())
                .extracting(e -> e.tenderId().reference()).containsExactly("OPEN"));
    }

    @Test
    void shouldSendEveryUnsentDigestAndKeepThoseTheServerRefuses() {
        aMemberWatching(0, List.of("logiciel"), List.of());
        aMemberWatching(1, List.of("voirie"), List.of());
        received("A", "Logiciel", LocalDate.of(2025, 7, 1));
        received("B", "Voirie", LocalDate.of(2025, 7, 1));
        List<Digest> composed = service.compose(new ComposeWeeklyDigests(staff, week));
        DigestDispatch dispatch = new DigestDispatch(service);

        mailer.refuse(true);
        DigestDispatch.Report refused = dispatch.sendAll(staff);
        assertThat(refused.sent()).isEmpty();
        assertThat(refused.failed()).hasSize(2);
        assertThat(service.unsent()).hasSize(2);

        mailer.refuse(false);
        DigestDispatch.Report report = dispatch.sendAll(staff);
        assertThat(report.sent()).containsExactlyInAnyOrderElementsOf(composed.stream().map(Digest::id).toList());
        assertThat(service.unsent()).isEmpty();
        assertThat(mailer.sent()).hasSize(2);
        assertThat(events.ofType(DigestSent.class)).hasSize(2);
        assertThat(dispatch.sendAll(staff).sent()).isEmpty();
    }

    @Test
    void shouldLetOnlyStaffComposeAndSend() {
        Actor representative = Actor.representativeOf("302068382", "paul-durand", "Paul Durand");
        assertThatThrownBy(() -> service.compose(new ComposeWeeklyDigests(representative, week)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> new DigestDispatch(service).sendAll(representative))
                .isInstanceOf(AccessRefusedException.class);
    }
}
