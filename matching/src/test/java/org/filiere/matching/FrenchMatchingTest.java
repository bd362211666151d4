package org.filiere.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.WatchFixtures;
import org.filiere.member.MemberId;
import org.filiere.watch.Buyer;
import org.filiere.watch.CpvCode;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.Department;
import org.filiere.watch.EstimatedValue;
import org.filiere.watch.MatchReason;
import org.filiere.watch.Place;
import org.filiere.watch.Region;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderDetails;
import org.filiere.watch.TenderId;
import org.filiere.watch.TenderMatch;
import org.filiere.watch.TenderMatcher;
import org.filiere.watch.WatchCriteria;
import org.filiere.watch.WatchProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a profile matches, the same for the engine and for the naive baseline. */
class FrenchMatchingTest {

    private static final CpvVocabulary CPV = CpvVocabulary.shipped();
    private static final LuceneTenderMatcher ENGINE = new LuceneTenderMatcher(CPV);
    private static final MemberId MEMBER = MemberId.of("302068382");
    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 6, 4));
    private int references;

    static Stream<TenderMatcher> matchers() {
        return Stream.of(ENGINE, new NaiveTenderMatcher(CPV));
    }

    @AfterAll
    static void closeEngine() {
        ENGINE.close();
    }

    private static WatchCriteria keywords(String... keywords) {
        return new WatchCriteria(List.of(keywords), List.of(), List.of(), List.of(), Set.of(), Set.of(),
                Optional.empty(), Optional.empty());
    }

    private static WatchProfile profile(WatchCriteria criteria) {
        return new WatchProfile(MEMBER, criteria, List.of("veille@example.org"), true, 1);
    }

    private Tender tender(String title, String description, String... cpv) {
        return Tender.receive(new TenderId("test", "T" + ++references), WatchFixtures.details(title, description,
                LocalDate.of(2025, 7, 1), cpv), clock).tender();
    }

    private Tender tender(String title, Place place, Optional<EstimatedValue> value) {
        return Tender.receive(new TenderId("test", "T" + ++references), new TenderDetails(Buyer.named("Ville"), title,
                "", List.of(), place, value, Optional.empty(), Optional.empty(), Optional.empty()), clock).tender();
    }

    private static List<String> matchedTitles(TenderMatcher matcher, WatchCriteria criteria, Tender... tenders) {
        List<TenderMatch> matches = matcher.match(List.of(profile(criteria)), List.of(tenders));
        return Stream.of(tenders).filter(t -> matches.stream().anyMatch(m -> m.tenderId().equals(t.id())))
                .map(t -> t.details().title()).toList();
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("matchers")
    void shouldMatchPluralsAndCommonInflections(TenderMatcher matcher) {
        assertThat(matchedTitles(matcher, keywords("logiciel"), tender("Acquisition de logiciels", ""),
                tender("Achat de mobilier", ""))).containsExactly("Acquisition de logiciels");
        assertThat(matchedTitles(matcher, keywords("développement"),
                tender("Marché", "Développer une application mobile"), tender("Marché de nettoyage", "")))
                .containsExactly("Marché");
        assertThat(matchedTitles(matcher, keywords("développer"), tender("Développements informatiques", "")))
                .containsExactly("Développements informatiques");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("matchers")
    void shouldIgnoreAccentsCaseAndElisions(TenderMatcher matcher) {
        assertThat(matchedTitles(matcher, keywords("securite"), tender("Audit de SÉCURITÉ", ""))).hasSize(1);
        assertThat(matchedTitles(matcher, keywords("électricité"), tender("Travaux d'electricite", ""))).hasSize(1);
        assertThat(matchedTitles(matcher, keywords("informatique"), tender("Maintenance de l'informatique", "")))
                .hasSize(1);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("matchers")
    void shouldMatchPhrasesOnlyAsPhrases(TenderMatcher matcher) {
        WatchCriteria phrase = new WatchCriteria(List.of(), List.of("maintenance applicative"), List.of(), List.of(),
                Set.of(), Set.of(), Optional.empty(), Optional.empty());
        assertThat(matchedTitles(matcher, phrase, tender("Maintenances applicatives du SI", ""),
                tender("Maintenance du parc et développement applicatif", ""),
                tender("Tierce maintenance applicative", ""))).containsExactly("Maintenances applicatives du SI",
                        "Tierce maintenance applicative");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("matchers")
    void shouldLetAnExcludedWordVetoATender(TenderMatcher matcher) {
        WatchCriteria criteria = new WatchCriteria(List.of("informatique"), List.of(), List.of("nettoyage"),
                List.of(new CpvCode("72000000")), Set.of(), Set.of(), Optional.empty(), Optional.empty());
        assertThat(matchedTitles(matcher, criteria, tender("Nettoyages des salles informatiques", ""),
                tender("Infogérance", "prestations informatiques"),
                tender("Services TI", "y compris le nettoyage des serveurs", "72500000-0")))
                .containsExactly("Infogérance");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("matchers")
    void shouldMatchEveryCodeUnderACpvNodeOfTheTree(TenderMatcher matcher) {
        WatchCriteria software = new WatchCriteria(List.of(), List.of(), List.of(), List.of(new CpvCode("72260000")),
                Set.of(), Set.of(), Optional.empty(), Optional.empty());
        assertThat(matchedTitles(matcher, software, tender("A", "", "72262000-9"), tender("B", "", "72260000-5"),
                tender("C", "", "72212000-4"), tender("D", ""))).containsExactly("A", "B");
        WatchCriteria roads = new WatchCriteria(List.of(), List.of(), List.of(), List.of(new CpvCode("45230000")),
                Set.of(), Set.of(), Optional.empty(), Optional.empty());
        assertThat(matchedTitles(matcher, roads, tender("Cycle lanes", "", "45233130-9"),
                tender("Building", "", "45210000-2"))).containsExactly("Cycle lanes");
        WatchCriteria businessServices = new WatchCriteria(List.of(), List.of(), List.of(),
                List.of(new CpvCode("70000000")), Set.of(), Set.of(), Optional.empty(), Optional.empty());
        assertThat(matchedTitles(matcher, businessServices, tender("IT", "", "72262000-9"))).containsExactly("IT");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("matchers")
    void shouldKeepToThePlacesWatchedButNotLoseTendersWithoutPlace(TenderMatcher matcher) {
        WatchCriteria criteria = new WatchCriteria(List.of("logiciel"), List.of(), List.of(), List.of(),
                Set.of(new Department("38")), Set.of(Region.BRETAGNE), Optional.empty(), Optional.empty());
        assertThat(matchedTitles(matcher, criteria,
                tender("logiciel Grenoble", Place.atPostcode("38000"), Optional.empty()),
                tender("logiciel Rennes", Place.in(new Department("35")), Optional.empty()),
                tender("logiciel Lyon", Place.atPostcode("69001"), Optional.empty()),
                tender("logiciel quelque part", Place.unknown(), Optional.empty())))
                .containsExactly("logiciel Grenoble", "logiciel Rennes", "logiciel quelque part");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("matchers")
    void shouldKeepToTheValueRangeButNotLoseTendersWithoutValue(TenderMatcher matcher) {
        WatchCriteria criteria = new WatchCriteria(List.of("logiciel"), List.of(), List.of(), List.of(), Set.of(),
                Set.of(), Optional.of(new BigDecimal("10000")), Optional.of(new BigDecimal("200000")));
        assertThat(matchedTitles(matcher, criteria,
                tender("logiciel petit", Place.unknown(), Optional.of(EstimatedValue.euros("9999.99"))),
                tender("logiciel juste", Place.unknown(), Optional.of(EstimatedValue.euros("10000"))),
                tender("logiciel moyen", Place.unknown(), Optional.of(EstimatedValue.euros("200000"))),
                tender("logiciel gros", Place.unknown(), Optional.of(EstimatedValue.euros("200000.01"))),
                tender("logiciel sans montant", Place.unknown(), Optional.empty())))
                .containsExactly("logiciel juste", "logiciel moyen", "logiciel sans montant");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("matchers")
    void shouldSayWhichKeywordsAndCodesATenderMatched(TenderMatcher matcher) {
        WatchCriteria criteria = new WatchCriteria(List.of("logiciel", "cloud", "réseau"), List.of("tierce maintenance"),
                List.of(), List.of(new CpvCode("72000000"), new CpvCode("48000000")), Set.of(), Set.of(),
                Optional.empty(), Optional.empty());
        Tender tender = tender("Tierce maintenance des logiciels", "hébergement cloud", "72267000-4");
        List<TenderMatch> matches = matcher.match(List.of(profile(criteria)), List.of(tender));
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.memberId()).isEqualTo(MEMBER);
            assertThat(m.reasons()).containsExactly(MatchReason.keyword("logiciel"), MatchReason.keyword("cloud"),
                    MatchReason.phrase("tierce maintenance"), MatchReason.cpv(new CpvCode("72000000")));
        });
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("matchers")
    void shouldMatchNothingForKeywordsMadeOfCommonWordsOnly(TenderMatcher matcher) {
        assertThat(matchedTitles(matcher, keywords("les", "de la"), tender("Les travaux de la mairie", ""))).isEmpty();
        assertThat(matchedTitles(matcher, keywords("les", "mairie"), tender("Les travaux de la mairie", "")))
                .hasSize(1);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("matchers")
    void shouldMatchNothingForAnInactiveProfile(TenderMatcher matcher) {
        WatchProfile inactive = new WatchProfile(MEMBER, keywords("logiciel"), List.of(), false, 1);
        assertThat(matcher.match(List.of(inactive), List.of(tender("logiciel", "")))).isEmpty();
    }
}
