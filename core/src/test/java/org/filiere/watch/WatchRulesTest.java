package org.filiere.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.WatchFixtures;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.member.MemberId;
import org.junit.jupiter.api.Test;

class WatchRulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 6, 4));
    private final MemberId member = MemberId.of("302068382");

    private static WatchCriteria criteria(List<String> keywords, Optional<BigDecimal> min, Optional<BigDecimal> max) {
        return new WatchCriteria(keywords, List.of(), List.of(), List.of(), Set.of(), Set.of(), min, max);
    }

    @Test
    void shouldRefuseAProfileThatNamesNoInterest() {
        WatchCriteria none = new WatchCriteria(List.of(" "), List.of(), List.of("nettoyage"), List.of(),
                Set.of(new Department("38")), Set.of(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> WatchProfile.define(member, none, List.of("a@b.fr"), true, clock))
                .isInstanceOf(WatchProfileRefusedException.class)
                .hasMessageContaining("member 302068382").hasMessageContaining("keywords")
                .hasMessageContaining("no keyword, phrase or CPV code");
    }

    @Test
    void shouldRefuseAReversedValueRange() {
        WatchCriteria reversed = criteria(List.of("logiciel"), Optional.of(new BigDecimal("50000")),
                Optional.of(new BigDecimal("10000")));
        assertThatThrownBy(() -> WatchProfile.define(member, reversed, List.of("a@b.fr"), true, clock))
                .isInstanceOf(WatchProfileRefusedException.class).hasMessageContaining("value range")
                .hasMessageContaining("50000 is above the greatest value 10000");
    }

    @Test
    void shouldRefuseARecipientThatIsNotAnEmailAddress() {
        WatchCriteria c = criteria(List.of("logiciel"), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> WatchProfile.define(member, c, List.of("claire at example"), true, clock))
                .isInstanceOf(WatchProfileRefusedException.class).hasMessageContaining("\"claire at example\"");
        assertThatThrownBy(() -> WatchProfile.define(member, c, List.of(), true, clock))
                .hasMessageContaining("at least one e-mail address");
        assertThat(WatchProfile.define(member, c, List.of(), false, clock).profile().isActive()).isFalse();
    }

    @Test
    void shouldWatchEveryDepartmentOfTheRegionsNamed() {
        WatchCriteria c = new WatchCriteria(List.of("logiciel"), List.of(), List.of(), List.of(),
                Set.of(new Department("75")), Set.of(Region.BRETAGNE), Optional.empty(), Optional.empty());
        assertThat(c.places()).extracting(Department::code).containsExactly("22", "29", "35", "56", "75");
    }

    @Test
    void shouldNeverDeliverATenderTwiceToAMember() {
        TenderId a = new TenderId("decp", "A");
        TenderId b = new TenderId("decp", "B");
        List<TenderMatch> matches = List.of(new TenderMatch(a, member, List.of(MatchReason.keyword("logiciel"))),
                new TenderMatch(b, member, List.of(MatchReason.cpv(new CpvCode("72000000")))));
        assertThat(NoRepeatPolicy.notYetDelivered(matches, Set.of(a))).extracting(TenderMatch::tenderId)
                .containsExactly(b);
    }

    @Test
    void shouldGroupADigestByDeadlineWeekWithUndatedTendersLast() {
        Tender early = tender("E", "Early", LocalDate.of(2025, 6, 10));
        Tender sameWeek = tender("S", "Same week", LocalDate.of(2025, 6, 12));
        Tender later = tender("L", "Later", LocalDate.of(2025, 7, 1));
        Tender undated = tender("U", "Undated", null);
        List<MatchReason> why = List.of(MatchReason.keyword("logiciel"));
        Digest digest = Digest.compose(member, WatchWeek.of(LocalDate.of(2025, 6, 4)), List.of("a@b.fr"),
                List.of(DigestEntry.of(undated, why), DigestEntry.of(later, why), DigestEntry.of(sameWeek, why),
                        DigestEntry.of(early, why)), clock).digest();

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Early", "Same week", "Later", "Undated");
        List<DeadlineGroup> groups = digest.byDeadline(PARIS);
        assertThat(groups).hasSize(3);
        assertThat(groups.get(0).deadlineWeek()).contains(WatchWeek.parse("2025-W24"));
        assertThat(groups.get(0).entries()).extracting(DigestEntry::title).containsExactly("Early", "Same week");
        assertThat(groups.get(1).deadlineWeek()).contains(WatchWeek.parse("2025-W27"));
        assertThat(groups.get(2).deadlineWeek()).isEmpty();
    }

    @Test
    void shouldGiveNoDigestWithoutTenders() {
        assertThatThrownBy(() -> Digest.compose(member, WatchWeek.parse("2025-W23"), List.of("a@b.fr"), List.of(),
                clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseToSendADigestTwice() {
        Digest digest = Digest.compose(member, WatchWeek.parse("2025-W23"), List.of("a@b.fr"),
                List.of(DigestEntry.of(tender("A", "A", null), List.of(MatchReason.keyword("x")))), clock).digest();
        digest.markSent(clock);
        assertThatThrownBy(() -> digest.markSent(clock)).isInstanceOf(DigestAlreadySentException.class)
                .hasMessageContaining("member 302068382").hasMessageContaining("2025-W23")
                .hasMessageContaining("not sent twice");
    }

    @Test
    void shouldCountWeeksFromMondayToSundayInParis() {
        WatchWeek week = WatchWeek.parse("2025-W01");
        assertThat(week.monday()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(week.sunday()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(week.start(PARIS)).isEqualTo(LocalDate.of(2024, 12, 30).atStartOfDay(PARIS).toInstant());
        assertThat(WatchWeek.of(LocalDate.of(2025, 1, 5))).isEqualTo(week);
        assertThat(week.toString()).isEqualTo("2025-W01");
        assertThat(week.previous()).isEqualTo(new WatchWeek(2024, 52));
        assertThatThrownBy(() -> new WatchWeek(2025, 53)).isInstanceOf(InvalidFieldException.class)
                .hasMessage("A watch week: its week is 53, but year 2025 has no week 53");
        assertThatThrownBy(() -> WatchWeek.parse("2025-23")).isInstanceOf(InvalidFieldException.class)
                .hasMessage("A watch week: its week is written like 2025-W23, not '2025-23'");
    }

    @Test
    void shouldUpdateATenderOnlyWhenItChanged() {
        Tender tender = tender("A", "Hébergement", LocalDate.of(2025, 7, 1));
        assertThat(tender.update(tender.details(), clock)).isEmpty();
        assertThat(tender.update(WatchFixtures.details("Hébergement", "cloud", LocalDate.of(2025, 7, 2)), clock))
                .isPresent();
        assertThat(tender.details().description()).isEqualTo("cloud");
    }

    private Tender tender(String ref, String title, LocalDate deadline) {
        return Tender.receive(new TenderId("decp", ref), WatchFixtures.details(title, "", deadline), clock).tender();
    }
}
