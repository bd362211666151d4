package org.filiere.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.WatchFixtures;
import org.filiere.member.MemberId;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderId;
import org.filiere.watch.TenderMatch;
import org.filiere.watch.WatchCriteria;
import org.filiere.watch.WatchProfile;
import org.junit.jupiter.api.Test;

/** The engine keeps profiles between calls: it must follow changes, removals and large batches. */
class EngineTest {

    private static final CpvVocabulary CPV = CpvVocabulary.shipped();
    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 6, 4));

    private static WatchProfile profile(String siren, String keyword) {
        return new WatchProfile(MemberId.of(siren), new WatchCriteria(List.of(keyword), List.of(), List.of(),
                List.of(), Set.of(), Set.of(), Optional.empty(), Optional.empty()), List.of("a@b.fr"), true, 1);
    }

    private Tender tender(String ref, String title) {
        return Tender.receive(new TenderId("t", ref), WatchFixtures.details(title, "", null), clock).tender();
    }

    @Test
    void shouldFollowProfilesThatChangeOrGoBetweenCalls() {
        try (LuceneTenderMatcher engine = new LuceneTenderMatcher(CPV)) {
            Tender software = tender("1", "Logiciel de gestion");
            Tender cleaning = tender("2", "Nettoyage des bureaux");
            WatchProfile a = profile("302068382", "logiciel");
            WatchProfile b = profile("317193241", "nettoyage");
            assertThat(engine.match(List.of(a, b), List.of(software, cleaning))).extracting(TenderMatch::memberId)
                    .containsExactly(a.memberId(), b.memberId());

            WatchProfile aChanged = profile("302068382", "nettoyage");
            assertThat(engine.match(List.of(aChanged), List.of(software, cleaning))).extracting(TenderMatch::memberId)
                    .containsExactly(a.memberId());
            assertThat(engine.match(List.of(aChanged), List.of(software))).isEmpty();
        }
    }

    @Test
    void shouldMatchMoreTendersThanOneBatchInTheOrderGiven() {
        try (LuceneTenderMatcher engine = new LuceneTenderMatcher(CPV)) {
            List<Tender> tenders = new ArrayList<>();
            for (int i = 0; i < LuceneTenderMatcher.BATCH * 2 + 7; i++) {
                tenders.add(tender("n" + i, i % 3 == 0 ? "Logiciels n°" + i : "Mobilier n°" + i));
            }
            List<TenderMatch> matches = engine.match(List.of(profile("302068382", "logiciel")), tenders);
            assertThat(matches).extracting(m -> m.tenderId().reference())
                    .containsExactlyElementsOf(tenders.stream().filter(t -> t.details().title().startsWith("Logiciels"))
                            .map(t -> t.id().reference()).toList());
        }
    }
}
