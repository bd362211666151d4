package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.fixtures.InMemoryDigests;
import org.filiere.fixtures.InMemoryWatchProfiles;
import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.RecordedEvents;
import org.filiere.member.MemberId;
import org.filiere.privacy.application.ConsentPersonalData;
import org.filiere.watch.Digest;
import org.filiere.watch.DigestEntry;
import org.filiere.watch.MatchReason;
import org.filiere.watch.Place;
import org.filiere.watch.TenderId;
import org.filiere.watch.WatchCriteria;
import org.filiere.watch.WatchProfile;
import org.filiere.watch.WatchProfileChanged;
import org.filiere.watch.WatchWeek;
import org.filiere.watch.application.WatchRecipientPersonalData;
import org.junit.jupiter.api.Test;

class WatchRecipientPersonalDataTest {

    private static final String EMAIL = "alice.delacroix@example.fr";
    private static final String OTHER = "veille@alpes-logiciels.example.org";
    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 6, 4));
    private final InMemoryWatchProfiles profiles = new InMemoryWatchProfiles();
    private final InMemoryDigests digests = new InMemoryDigests();
    private final RecordedEvents events = new RecordedEvents();
    private final WatchRecipientPersonalData place = new WatchRecipientPersonalData(profiles, digests, events, clock);
    private final Actor staff = aStaffMember();
    private final MemberId shared = MemberId.of("302068382");
    private final MemberId alone = MemberId.of("552100554");
    private final WatchWeek week = WatchWeek.of(LocalDate.of(2025, 6, 4));

    private Digest aDigestOf(MemberId member, List<String> recipients) {
        DigestEntry entry = new DigestEntry(new TenderId("test-feed", "A"), "Logiciel de gestion", "Ville de Grenoble",
                Place.unknown(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(MatchReason.keyword("logiciel")));
        Digest digest = Digest.compose(member, week, recipients, List.of(entry), clock).digest();
        digests.save(digest);
        return digest;
    }

    private void aProfileOf(MemberId member, List<String> recipients) {
        WatchCriteria criteria = new WatchCriteria(List.of("logiciel"), List.of(), List.of(), List.of(),
                Set.of(), Set.of(), Optional.empty(), Optional.empty());
        profiles.save(WatchProfile.define(member, criteria, recipients, true, clock).profile());
    }

    @Test
    void shouldExportTheProfilesAndDigestsNamingThePersonWhateverTheCase() {
        aProfileOf(shared, List.of(OTHER, "Alice.Delacroix@example.fr"));
        aProfileOf(alone, List.of(OTHER));
        aDigestOf(shared, List.of(OTHER, "Alice.Delacroix@example.fr"));
        aDigestOf(alone, List.of(OTHER));

        assertThat(place.export(staff, EMAIL)).extracting(r -> r.get("record") + " " + r.get("member"))
                .containsExactly("watch profile " + shared.value(), "digest " + shared.value());
        assertThat(place.export(staff, EMAIL).get(1)).containsEntry("week", week.toString()).containsEntry("sent", "");
    }

    @Test
    void shouldTakeTheAddressOutOfProfilesAndDigestsKeepingTheOthersAndTheDigests() {
        aProfileOf(shared, List.of(OTHER, EMAIL));
        aProfileOf(alone, List.of(EMAIL));
        Digest digest = aDigestOf(shared, List.of(EMAIL, OTHER));

        assertThat(place.erase(staff, EMAIL.toUpperCase(Locale.ROOT))).isEqualTo(3);

        assertThat(profiles.find(shared).orElseThrow().recipients()).containsExactly(OTHER);
        assertThat(profiles.find(shared).orElseThrow().isActive()).isTrue();
        WatchProfile emptied = profiles.find(alone).orElseThrow();
        assertThat(emptied.recipients()).isEmpty();
        assertThat(emptied.isActive()).as("a profile with nowhere to send stops matching").isFalse();
        assertThat(events.ofType(WatchProfileChanged.class)).extracting(WatchProfileChanged::active)
                .containsExactlyInAnyOrder(true, false);
        Digest kept = digests.find(digest.id()).orElseThrow();
        assertThat(kept.recipients()).hasSize(2).contains(OTHER)
                .anySatisfy(r -> assertThat(r).startsWith(ConsentPersonalData.ERASED))
                .noneSatisfy(r -> assertThat(r).containsIgnoringCase("delacroix"));
        assertThat(kept.entries()).hasSize(1);
        assertThat(digests.ofWeek(week)).hasSize(1);
        assertThat(place.export(staff, EMAIL)).isEmpty();
        assertThat(place.erase(staff, EMAIL)).isZero();
    }

    @Test
    void shouldLetOnlyStaffExportOrErase() {
        Actor representative = Actor.representativeOf(shared.value(), "paul-durand", "Paul Durand");
        assertThatThrownBy(() -> place.export(representative, EMAIL)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> place.erase(representative, EMAIL)).isInstanceOf(AccessRefusedException.class);
    }
}
