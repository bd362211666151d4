package org.filiere.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.filiere.fixtures.MutableClock;
import org.filiere.kernel.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** Press relations' rules, one test each. */
class PressRulesTest {

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 3, 2));

    @Test
    void shouldLiftAnEmbargoAtItsMomentAndNotASecondBefore() {
        Instant embargo = Instant.parse("2026-03-03T08:00:00Z");

        assertThat(EmbargoPolicy.isLifted(Optional.of(embargo), embargo.minusSeconds(1))).isFalse();
        assertThat(EmbargoPolicy.isLifted(Optional.of(embargo), embargo)).isTrue();
        assertThat(EmbargoPolicy.isLifted(Optional.empty(), embargo)).isTrue();
    }

    @Test
    void shouldPublishAScheduledReleaseOnlyOnceItIsDue() {
        PressRelease release = PressRelease.draft("Titre", "Texte", DistributionListId.random());
        assertThat(release.publishIfDue(clock)).as("a draft is never published").isEmpty();
        release.schedule(Optional.of(clock.instant().plus(Duration.ofHours(2))), clock);

        assertThat(release.publishIfDue(clock)).isEmpty();
        clock.advance(Duration.ofHours(2));
        assertThat(release.publishIfDue(clock)).isPresent();
        assertThat(release.status()).isEqualTo(PressRelease.Status.PUBLISHED);
        assertThat(release.publishIfDue(clock)).as("published once").isEmpty();
        assertThatThrownBy(() -> release.edit("Autre", "Texte", release.listId()))
                .isInstanceOf(PressRefusedException.class).hasMessageContaining("was published on");
    }

    @Test
    void shouldRefuseACoverageEntryWithoutHeadlineOrWithANegativeReach() {
        assertThatThrownBy(() -> new CoverageEntry(CoverageEntryId.random(), MediaOutletId.random(),
                LocalDate.of(2026, 3, 4), "Titre", Optional.empty(), -5, Tone.POSITIVE, Optional.empty(), 0))
                .isInstanceOf(InvalidFieldException.class).hasMessage("Coverage \"Titre\": its reach cannot be negative (-5)");
        assertThatThrownBy(() -> new CoverageEntry(CoverageEntryId.random(), MediaOutletId.random(),
                LocalDate.of(2026, 3, 4), " ", Optional.empty(), 0, Tone.POSITIVE, Optional.empty(), 0))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("headline is missing");
    }

    @Test
    void shouldRefuseAJournalistWithoutAnEmailAddress() {
        assertThatThrownBy(() -> new Journalist(JournalistId.random(), MediaOutletId.random(), "Anne Roux", "anne",
                "", "", 0)).isInstanceOf(InvalidFieldException.class)
                .hasMessage("Journalist Anne Roux: its e-mail address \"anne\" is not an e-mail address");
    }
}
