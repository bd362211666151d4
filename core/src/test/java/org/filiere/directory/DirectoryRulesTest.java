package org.filiere.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.filiere.fixtures.MutableClock;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.member.MemberId;
import org.filiere.member.NafCode;
import org.junit.jupiter.api.Test;

/** The directories' rules, one test each. */
class DirectoryRulesTest {

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 2));
    private final MemberId member = MemberId.of("302068382");

    private static PartnerListing aListing(String naf, String postcode, String locality) {
        return PartnerListing.first(new PartnerSource("pole-sud"), "x", new PartnerListingDetails("Nom",
                Optional.empty(), Optional.ofNullable(naf).map(NafCode::parse),
                new PartnerAddress("", postcode, locality, ""), "", Optional.empty(), Optional.empty(),
                Optional.empty()), new MutableClock(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void shouldListAMemberFromItsConsentUntilItWithdrawsAndAgainWhenItConsentsAgain() {
        DirectoryConsent.Given given = DirectoryConsent.give(member, "Logiciels", "Paul Durand", clock);
        DirectoryConsent consent = given.consent();
        assertThat(consent.isListed()).isTrue();
        assertThat(given.event().consentedAt()).isEqualTo(clock.instant());

        clock.advance(Duration.ofDays(10));
        consent.withdraw(clock);
        assertThat(consent.isListed()).isFalse();
        assertThatThrownBy(() -> consent.withdraw(clock)).isInstanceOf(DirectoryRefusedException.class);

        clock.advance(Duration.ofDays(10));
        Instant again = clock.instant();
        assertThat(consent.renew("Logiciels et conseil", "Claire Martin", clock)).isPresent();
        assertThat(consent.consentedAt()).isEqualTo(again);
        assertThat(consent.renew("Autre offre", "Claire Martin", clock)).as("already listed").isEmpty();
        assertThat(consent.offer()).isEqualTo("Autre offre");
    }

    @Test
    void shouldAdmitAListingInTheSectorAndPlaceAsked() {
        PartnerListing aix = aListing("58.29C", "13100", "Aix-en-Provence");

        assertThat(new PartnerQuery("", Optional.of("58"), Optional.empty(), 5).admits(aix)).isTrue();
        assertThat(new PartnerQuery("", Optional.of("58.29c"), Optional.of("13"), 5).admits(aix)).isTrue();
        assertThat(new PartnerQuery("", Optional.empty(), Optional.of("aix en provence"), 5).admits(aix)).isTrue();
        assertThat(new PartnerQuery("", Optional.of("62"), Optional.empty(), 5).admits(aix)).isFalse();
        assertThat(new PartnerQuery("", Optional.empty(), Optional.of("06"), 5).admits(aix)).isFalse();
        assertThat(new PartnerQuery("", Optional.of("58"), Optional.empty(), 5).admits(aListing(null, "", "")))
                .as("a listing without activity is in no sector").isFalse();
    }

    @Test
    void shouldRefuseAPartnerSourceKeyThatIsNotLowerCaseWords() {
        assertThat(new PartnerSource("pole-sud").key()).isEqualTo("pole-sud");
        assertThatThrownBy(() -> new PartnerSource("Pôle Sud")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("is not lower-case words joined by hyphens");
    }
}
