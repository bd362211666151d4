package org.filiere.persistence.press;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import org.filiere.access.Actor;
import org.filiere.fixtures.RecordingReleaseMailer;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.persistence.Databases;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.press.DistributionListId;
import org.filiere.press.JournalistId;
import org.filiere.press.MediaKind;
import org.filiere.press.MediaOutletId;
import org.filiere.press.PressRelease;
import org.filiere.press.PressReleaseId;
import org.filiere.press.ReleaseDelivery;
import org.filiere.press.Tone;
import org.filiere.press.application.CoverageService;
import org.filiere.press.application.MediaService;
import org.filiere.press.application.PressCommands.AddJournalist;
import org.filiere.press.application.PressCommands.AddOutlet;
import org.filiere.press.application.PressCommands.DraftRelease;
import org.filiere.press.application.PressCommands.LogCoverage;
import org.filiere.press.application.PressCommands.ScheduleRelease;
import org.filiere.press.application.PressFigures;
import org.filiere.press.application.PressReleaseService;
import org.filiere.press.application.ReleaseDispatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Press relations stored in the database, through the services: embargoes, deliveries, coverage figures. */
class PressPersistenceTest {

    private static final Actor STAFF = aStaffMember();

    static Stream<TestDatabase> databases() {
        return Databases.derbyAndPostgres();
    }

    @BeforeEach
    void monday() {
        PressClock.CLOCK.setDay(LocalDate.of(2026, 3, 2));
    }

    private record Press(MediaOutletId dauphine, MediaOutletId usine, JournalistId anne, JournalistId marc,
            DistributionListId list) {
    }

    private static Press somePress(FiliereContainer filiere) {
        MediaService media = filiere.get(MediaService.class);
        MediaOutletId dauphine = media.addOutlet(new AddOutlet(STAFF, "Le Dauphiné libéré", MediaKind.DAILY_PRESS,
                Optional.of(URI.create("https://www.ledauphine.com"))));
        MediaOutletId usine = media.addOutlet(new AddOutlet(STAFF, "L'Usine Nouvelle", MediaKind.TRADE_PRESS,
                Optional.empty()));
        JournalistId anne = media.addJournalist(new AddJournalist(STAFF, dauphine, "Anne Roux", "Anne.Roux@dl.example.org",
                "04 76 00 00 00", "économie régionale"));
        JournalistId marc = media.addJournalist(new AddJournalist(STAFF, usine, "Marc Blanc", "marc@usine.example.org",
                "", "industrie"));
        DistributionListId list = media.createList(STAFF, "Presse économique");
        media.addToList(STAFF, list, anne);
        media.addToList(STAFF, list, marc);
        return new Press(dauphine, usine, anne, marc, list);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldSendAReleaseToItsListOnlyOnceItsEmbargoIsLifted(TestDatabase database) {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database, PressClock.class, RecordingReleaseMailer.class)) {
            Press press = somePress(filiere);
            PressReleaseService releases = filiere.get(PressReleaseService.class);
            PressReleaseId release = releases.draft(new DraftRelease(STAFF, "Le cluster lance son accélérateur",
                    "Grenoble, le 3 mars 2026. ...", press.list()));
            Instant embargo = PressClock.CLOCK.instant().plus(Duration.ofHours(20));
            releases.schedule(new ScheduleRelease(STAFF, release, Optional.of(embargo)));
            RecordingReleaseMailer mailer = filiere.get(RecordingReleaseMailer.class);
            ReleaseDispatch dispatch = filiere.get(ReleaseDispatch.class);

            ReleaseDispatch.Report before = dispatch.run();
            PressClock.CLOCK.advance(Duration.ofHours(19).plusMinutes(59));
            ReleaseDispatch.Report justBefore = dispatch.run();

            assertThat(before.published()).isEmpty();
            assertThat(justBefore.published()).isEmpty();
            assertThat(mailer.sent()).isEmpty();
            assertThat(releases.release(release).orElseThrow().status()).isEqualTo(PressRelease.Status.SCHEDULED);
            assertThat(releases.deliveries(release)).as("nothing stored before the embargo").isEmpty();

            PressClock.CLOCK.advance(Duration.ofMinutes(1));
            ReleaseDispatch.Report at = dispatch.run();

            assertThat(at.published()).containsExactly(release);
            assertThat(at.sent()).hasSize(2);
            assertThat(mailer.sent()).extracting(RecordingReleaseMailer.Sent::to)
                    .containsExactlyInAnyOrder("anne.roux@dl.example.org", "marc@usine.example.org");
            assertThat(releases.release(release).orElseThrow().publishedAt()).contains(embargo);
            assertThat(dispatch.run().sent()).as("sent once").isEmpty();
            assertThatThrownBy(() -> releases.schedule(new ScheduleRelease(STAFF, release, Optional.empty())))
                    .hasMessageContaining("published");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepADeliveryPendingWhileTheMailServerIsDown(TestDatabase database) {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database, PressClock.class, RecordingReleaseMailer.class)) {
            Press press = somePress(filiere);
            PressReleaseService releases = filiere.get(PressReleaseService.class);
            PressReleaseId release = releases.draft(new DraftRelease(STAFF, "Bilan", "Texte", press.list()));
            releases.schedule(new ScheduleRelease(STAFF, release, Optional.empty()));
            filiere.get(RecordingReleaseMailer.class).refuse(true);

            ReleaseDispatch.Report down = filiere.get(ReleaseDispatch.class).run();
            filiere.get(RecordingReleaseMailer.class).refuse(false);
            ReleaseDispatch.Report up = filiere.get(ReleaseDispatch.class).run();

            assertThat(down.published()).containsExactly(release);
            assertThat(down.failed()).hasSize(2).containsValue(ReleaseDelivery.Status.PENDING);
            assertThat(up.sent()).hasSize(2);
            assertThat(releases.deliveries(release)).allSatisfy(d -> assertThat(d.attempts()).isEqualTo(2));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldAddUpAYearOfCoverageByToneAndOutlet(TestDatabase database) {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database, PressClock.class, RecordingReleaseMailer.class)) {
            Press press = somePress(filiere);
            CoverageService coverage = filiere.get(CoverageService.class);
            coverage.log(new LogCoverage(STAFF, press.dauphine(), LocalDate.of(2026, 3, 4), "Le numérique isérois accélère",
                    Optional.of(URI.create("https://www.ledauphine.com/a1")), 120_000, Tone.POSITIVE, Optional.empty()));
            coverage.log(new LogCoverage(STAFF, press.dauphine(), LocalDate.of(2026, 5, 10), "Un salon en demi-teinte",
                    Optional.empty(), 80_000, Tone.NEUTRAL, Optional.empty()));
            coverage.log(new LogCoverage(STAFF, press.usine(), LocalDate.of(2026, 6, 1), "Les clusters alpins",
                    Optional.empty(), 45_000, Tone.POSITIVE, Optional.empty()));
            coverage.log(new LogCoverage(STAFF, press.usine(), LocalDate.of(2025, 12, 31), "L'an passé",
                    Optional.empty(), 10_000, Tone.NEGATIVE, Optional.empty()));
            PressReleaseService releases = filiere.get(PressReleaseService.class);
            PressReleaseId release = releases.draft(new DraftRelease(STAFF, "Bilan", "Texte", press.list()));
            releases.schedule(new ScheduleRelease(STAFF, release, Optional.empty()));
            filiere.get(ReleaseDispatch.class).run();

            PressFigures figures = coverage.figures(2026);

            assertThat(figures.coverage()).isEqualTo(3);
            assertThat(figures.reach()).isEqualTo(245_000);
            assertThat(figures.byTone()).containsEntry(Tone.POSITIVE, 2L).containsEntry(Tone.NEUTRAL, 1L)
                    .containsEntry(Tone.NEGATIVE, 0L);
            assertThat(figures.byOutlet()).containsExactly(java.util.Map.entry("Le Dauphiné libéré", 2L),
                    java.util.Map.entry("L'Usine Nouvelle", 1L));
            assertThat(figures.reachByOutlet()).containsEntry("Le Dauphiné libéré", 200_000L);
            assertThat(figures.releasesPublished()).isEqualTo(1);
            assertThat(coverage.figures(2025).coverage()).isEqualTo(1);
            assertThat(coverage.ofYear(2026)).extracting(c -> c.headline()).first().isEqualTo("Les clusters alpins");
            assertThatThrownBy(() -> coverage.log(new LogCoverage(STAFF, press.usine(), LocalDate.of(2026, 6, 2), "",
                    Optional.empty(), 0, Tone.NEUTRAL, Optional.empty()))).isInstanceOf(InvalidFieldException.class)
                    .hasMessageContaining("headline");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldExportThenEraseAJournalistFromListsAndDeliveries(TestDatabase database) {
        Databases.assumeReachable(database);
        try (FiliereContainer filiere = FiliereContainer.start(database, PressClock.class, RecordingReleaseMailer.class)) {
            Press press = somePress(filiere);
            MediaService media = filiere.get(MediaService.class);
            PressReleaseService releases = filiere.get(PressReleaseService.class);
            PressReleaseId release = releases.draft(new DraftRelease(STAFF, "Bilan", "Texte", press.list()));
            releases.schedule(new ScheduleRelease(STAFF, release, Optional.empty()));
            filiere.get(RecordingReleaseMailer.class).refuse(true);
            filiere.get(ReleaseDispatch.class).run();

            var export = media.export(STAFF, "ANNE.ROUX@dl.example.org");
            assertThat(export.journalists()).singleElement().satisfies(j -> {
                assertThat(j.name()).isEqualTo("Anne Roux");
                assertThat(j.phone()).isEqualTo("04 76 00 00 00");
            });
            assertThat(export.lists()).containsExactly("Presse économique");

            media.erase(STAFF, press.anne());

            assertThat(media.export(STAFF, "anne.roux@dl.example.org").journalists()).isEmpty();
            assertThat(media.lists()).singleElement().satisfies(l -> assertThat(l.journalists())
                    .containsExactly(press.marc()));
            assertThat(releases.deliveries(release)).extracting(ReleaseDelivery::journalistId)
                    .containsExactly(press.marc());
        }
    }
}
