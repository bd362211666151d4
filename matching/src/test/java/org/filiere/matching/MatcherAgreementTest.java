package org.filiere.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderMatch;
import org.filiere.watch.WatchProfile;
import org.junit.jupiter.api.Test;

/**
 * The engine's presearcher only skips profiles that cannot match: on generated tenders and profiles it finds
 * exactly what checking every pair finds, reasons included.
 */
class MatcherAgreementTest {

    @Test
    void shouldFindExactlyTheMatchesOfCheckingEveryPair() {
        CpvVocabulary cpv = CpvVocabulary.shipped();
        GeneratedWatch generated = new GeneratedWatch(cpv, 20250604L);
        List<Tender> tenders = generated.tenders(1_200, LocalDate.of(2025, 6, 4));
        List<WatchProfile> profiles = generated.profiles(400);

        List<TenderMatch> naive = new NaiveTenderMatcher(cpv).match(profiles, tenders);
        List<TenderMatch> engine;
        try (LuceneTenderMatcher matcher = new LuceneTenderMatcher(cpv)) {
            engine = matcher.match(profiles, tenders);
        }

        assertThat(naive).hasSizeGreaterThan(100);
        assertThat(engine).containsExactlyElementsOf(naive);
    }
}
