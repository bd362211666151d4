package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.InMemoryConsents;
import org.filiere.fixtures.InMemoryMembers;
import org.filiere.fixtures.InMemoryTenders;
import org.filiere.fixtures.InMemoryWatchProfiles;
import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.RecordedEvents;
import org.filiere.fixtures.WatchFixtures;
import org.filiere.member.MemberId;
import org.filiere.member.NafNomenclature;
import org.filiere.member.RenewalGracePolicy;
import org.filiere.member.UnknownMemberException;
import org.filiere.member.application.MembershipService;
import org.filiere.privacy.application.ConsentService;
import org.filiere.watch.CpvCode;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.InvalidCpvCodeException;
import org.filiere.watch.Region;
import org.filiere.watch.TenderId;
import org.filiere.watch.TenderReceived;
import org.filiere.watch.TenderUpdated;
import org.filiere.watch.UnusableTenderException;
import org.filiere.watch.WatchProfileChanged;
import org.filiere.watch.WatchProfileRefusedException;
import org.filiere.watch.application.TenderReception;
import org.filiere.watch.application.TenderService;
import org.filiere.watch.application.WatchCommands.EnterPrivateTender;
import org.filiere.watch.application.WatchProfileService;
import org.junit.jupiter.api.Test;

class WatchServicesTest {

    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 6, 4));
    private final CpvVocabulary cpv = CpvVocabulary.shipped();
    private final InMemoryTenders tenders = new InMemoryTenders();
    private final InMemoryMembers members = new InMemoryMembers();
    private final RecordedEvents events = new RecordedEvents();
    private final TenderService tenderService = new TenderService(tenders, cpv, events, clock);
    private final WatchProfileService profileService = new WatchProfileService(new InMemoryWatchProfiles(), members,
            cpv, new ConsentService(new InMemoryConsents(), events, clock), events, clock);
    private final Actor staff = aStaffMember();

    private MemberId aMember(int index) {
        return new MembershipService(members, NafNomenclature.shipped(), new RenewalGracePolicy(MonthDay.of(3, 31)),
                events, clock).apply(anApplication(Fixtures.SIRETS[index], "Membre " + index, 2025));
    }

    private EnterPrivateTender aPrivateTender(Actor actor, List<String> codes) {
        return new EnterPrivateTender(actor, "AO-7", "Clinique des Alpes", Optional.of("21380185500015"),
                "Hébergement de données de santé", "", codes, Optional.of("38100"),
                Optional.of(new BigDecimal("40000")), Optional.of(Instant.parse("2025-07-01T10:00:00Z")),
                Optional.of(URI.create("https://achats.example.org/ao-7")));
    }

    @Test
    void shouldStoreATenderSeenTwiceOnceAndUpdateItOnlyWhenItChanged() {
        var notice = WatchFixtures.aNotice("X-1", "Refonte du site", "", "72413000-8");
        assertThat(tenderService.receive(notice).outcome()).isEqualTo(TenderReception.Outcome.CREATED);
        assertThat(tenderService.receive(notice).outcome()).isEqualTo(TenderReception.Outcome.UNCHANGED);
        assertThat(tenderService.receive(WatchFixtures.aNotice("X-1", "Refonte du site internet", "", "72413000-8"))
                .outcome()).isEqualTo(TenderReception.Outcome.UPDATED);
        assertThat(tenders.count()).isEqualTo(1);
        assertThat(events.ofType(TenderReceived.class)).hasSize(1);
        assertThat(events.ofType(TenderUpdated.class)).hasSize(1);
        assertThat(tenderService.tender(new TenderId("test-feed", "X-1")).orElseThrow().receivedAt())
                .isEqualTo(clock.instant());
    }

    @Test
    void shouldRefuseAnUnusableNoticeAndStoreNothing() {
        var notice = new org.filiere.watch.TenderNotice("decp", null, null, null, null, "", List.of(), null, null,
                null, null, null, null, null, null, List.of());
        assertThatThrownBy(() -> tenderService.receive(notice)).isInstanceOf(UnusableTenderException.class);
        assertThat(tenders.count()).isZero();
    }

    @Test
    void shouldLetOnlyStaffEnterAPrivateTenderWithValidCodes() {
        TenderReception reception = tenderService.enterPrivate(aPrivateTender(staff, List.of("72510000-3")));
        assertThat(reception.tenderId()).isEqualTo(new TenderId(TenderId.PRIVATE, "AO-7"));
        assertThat(tenderService.tender(reception.tenderId()).orElseThrow().details().cpvCodes())
                .containsExactly(new CpvCode("72510000"));
        assertThatThrownBy(() -> tenderService.enterPrivate(aPrivateTender(
                Actor.representativeOf("302068382", "paul", "Paul"), List.of()))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tenderService.enterPrivate(aPrivateTender(staff, List.of("72510000-1"))))
                .isInstanceOf(InvalidCpvCodeException.class).hasMessageContaining("check digit should be 3");
    }

    @Test
    void shouldSetAProfileResolvingCpvPrefixesAndRegions() {
        MemberId member = aMember(0);
        profileService.setProfile(WatchFixtures.aFullProfile(staff, member, List.of("logiciel"), List.of(),
                List.of(), List.of("7226", "48000000-8"), List.of("38"), List.of("84"), null, null));
        var profile = profileService.profile(member).orElseThrow();
        assertThat(profile.criteria().cpvCodes()).containsExactly(new CpvCode("72260000"), new CpvCode("48000000"));
        assertThat(profile.criteria().regions()).containsExactly(Region.AUVERGNE_RHONE_ALPES);
        assertThat(events.ofType(WatchProfileChanged.class)).hasSize(1);
    }

    @Test
    void shouldLetARepresentativeSetOnlyItsOwnMembersProfile() {
        MemberId member = aMember(0);
        MemberId other = aMember(1);
        Actor representative = Actor.representativeOf(member.value(), "paul-durand", "Paul Durand");
        profileService.setProfile(WatchFixtures.aProfile(representative, member, List.of("logiciel"), List.of()));
        assertThatThrownBy(() -> profileService.setProfile(WatchFixtures.aProfile(representative, other,
                List.of("logiciel"), List.of()))).isInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("Paul Durand may not set a member's watch profile");
    }

    @Test
    void shouldRefuseUnknownCodesRegionsAndMembersNamingTheField() {
        MemberId member = aMember(0);
        assertThatThrownBy(() -> profileService.setProfile(WatchFixtures.aProfile(staff, member, List.of(),
                List.of("4529")))).isInstanceOf(WatchProfileRefusedException.class)
                .hasMessageContaining("member " + member.value()).hasMessageContaining("(CPV codes)")
                .hasMessageContaining("4529");
        assertThatThrownBy(() -> profileService.setProfile(WatchFixtures.aFullProfile(staff, member,
                List.of("logiciel"), List.of(), List.of(), List.of(), List.of(), List.of("Atlantide"), null, null)))
                .isInstanceOf(WatchProfileRefusedException.class).hasMessageContaining("(regions)")
                .hasMessageContaining("\"Atlantide\" is not a region of France");
        assertThatThrownBy(() -> profileService.setProfile(WatchFixtures.aFullProfile(staff, member,
                List.of("logiciel"), List.of(), List.of(), List.of(), List.of("96"), List.of(), null, null)))
                .isInstanceOf(WatchProfileRefusedException.class).hasMessageContaining("(departments)");
        assertThatThrownBy(() -> profileService.setProfile(WatchFixtures.aProfile(staff, MemberId.of("317193241"),
                List.of("logiciel"), List.of()))).isInstanceOf(UnknownMemberException.class);
    }
}
