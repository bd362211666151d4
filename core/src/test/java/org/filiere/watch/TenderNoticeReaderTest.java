package org.filiere.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.filiere.fixtures.WatchFixtures;
import org.junit.jupiter.api.Test;

class TenderNoticeReaderTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final TenderNoticeReader reader = new TenderNoticeReader(CpvVocabulary.shipped(), PARIS);

    private static TenderNotice messy(String siret, List<String> cpv) {
        return new TenderNotice("decp", "2024-017", null, siret, "Maintenance du parc informatique", "",
                cpv, "38", null, null, "abc", null, "00000000", "2025-07-15", "not a url", List.of());
    }

    @Test
    void shouldKeepACleanNoticeWhole() {
        var reading = reader.read(WatchFixtures.aNotice("A-1", "Refonte du site", "Site internet", "72413000-8"));
        assertThat(reading.issues()).isEmpty();
        assertThat(reading.id()).isEqualTo(new TenderId("test-feed", "A-1"));
        TenderDetails d = reading.details();
        assertThat(d.buyer().name()).contains("Ville de Grenoble");
        assertThat(d.buyer().siret()).isPresent();
        assertThat(d.cpvCodes()).containsExactly(new CpvCode("72413000"));
        assertThat(d.place().department()).contains(new Department("38"));
        assertThat(d.value()).contains(EstimatedValue.euros("120000"));
        assertThat(d.deadline()).contains(ZonedDateTime.of(2099, 7, 15, 12, 0, 0, 0, PARIS).toInstant());
        assertThat(d.url()).isPresent();
    }

    @Test
    void shouldReadACpvCodeWrittenAsAFloat() {
        var reading = reader.read(messy("21380185500015", List.of("45233130.0")));
        assertThat(reading.details().cpvCodes()).containsExactly(new CpvCode("45233130"));
        assertThat(reading.issues()).noneMatch(i -> i.field().equals("CPV code"));
    }

    @Test
    void shouldKeepATenderWithoutCpvAndSaySo() {
        var reading = reader.read(messy("21380185500015", List.of()));
        assertThat(reading.details().cpvCodes()).isEmpty();
        assertThat(reading.issues()).anySatisfy(i -> assertThat(i.toString())
                .isEqualTo("CPV code: no usable CPV code; the tender will match on its words only"));
    }

    @Test
    void shouldDropAnUnknownCpvCodeAndKeepTheOthers() {
        var reading = reader.read(messy("21380185500015", List.of("99999999", "50312000-5")));
        assertThat(reading.details().cpvCodes()).containsExactly(new CpvCode("50312000"));
        assertThat(reading.issues()).anySatisfy(i -> {
            assertThat(i.field()).isEqualTo("CPV code");
            assertThat(i.value()).isEqualTo("99999999");
            assertThat(i.problem()).contains("not in the CPV 2008 list").contains("left out");
        });
    }

    @Test
    void shouldKeepTheBuyerWithoutASiretOfTheWrongLength() {
        var reading = reader.read(messy("2138018550001", List.of("50312000-5")));
        assertThat(reading.details().buyer().siret()).isEmpty();
        assertThat(reading.issues()).anySatisfy(i -> {
            assertThat(i.field()).isEqualTo("buyer SIRET");
            assertThat(i.problem()).contains("13 digits, a SIRET has 14");
        });
    }

    @Test
    void shouldKeepTheBuyerWithoutASiretFailingLuhn() {
        var reading = reader.read(messy("21380185500016", List.of("50312000-5")));
        assertThat(reading.details().buyer().siret()).isEmpty();
        assertThat(reading.issues()).anySatisfy(i -> assertThat(i.problem()).contains("Luhn"));
        assertThat(reading.issues()).anySatisfy(i -> assertThat(i.field()).isEqualTo("buyer"));
    }

    @Test
    void shouldReportEachBadFieldAndKeepTheRest() {
        var reading = reader.read(messy("21380185500015", List.of("50312000-5")));
        assertThat(reading.issues()).extracting(FieldIssue::field)
                .contains("value", "publication date", "URL");
        TenderDetails d = reading.details();
        assertThat(d.value()).isEmpty();
        assertThat(d.publishedOn()).isEmpty();
        assertThat(d.url()).isEmpty();
        assertThat(d.place().department()).contains(new Department("38"));
        assertThat(d.deadline()).contains(ZonedDateTime.of(2025, 7, 15, 23, 59, 0, 0, PARIS).toInstant());
    }

    @Test
    void shouldTakeTheTitleFromTheDescriptionWhenItIsMissing() {
        TenderNotice notice = new TenderNotice("decp", "X", "Ville", null, " ", "Nettoyage des locaux municipaux",
                List.of(), null, null, null, null, null, null, null, null, List.of());
        var reading = reader.read(notice);
        assertThat(reading.details().title()).isEqualTo("Nettoyage des locaux municipaux");
        assertThat(reading.issues()).anySatisfy(i -> assertThat(i.field()).isEqualTo("title"));
    }

    @Test
    void shouldRefuseANoticeWithoutIdOrTextSayingWhy() {
        TenderNotice notice = new TenderNotice("decp", "", "Ville", null, null, null, List.of("45000000-7"), null,
                null, null, null, null, null, null, null, List.of());
        assertThatThrownBy(() -> reader.read(notice)).isInstanceOf(UnusableTenderException.class)
                .hasMessageContaining("tender decp/?").hasMessageContaining("it has no id")
                .hasMessageContaining("neither a title nor a description")
                .satisfies(e -> assertThat(((UnusableTenderException) e).reasons()).hasSize(2));
    }
}
