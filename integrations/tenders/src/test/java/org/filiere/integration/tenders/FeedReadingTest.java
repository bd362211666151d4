package org.filiere.integration.tenders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.filiere.watch.CpvCode;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.Department;
import org.filiere.watch.EstimatedValue;
import org.filiere.watch.FieldIssue;
import org.filiere.watch.TenderId;
import org.filiere.watch.TenderNotice;
import org.filiere.watch.TenderNoticeReader;
import org.filiere.watch.UnusableTenderException;
import org.junit.jupiter.api.Test;

/** Real and messy OCDS and DECP files read into notices, and notices into tenders, field by field. */
class FeedReadingTest {

    private static final TenderNoticeReader READER = new TenderNoticeReader(CpvVocabulary.shipped(),
            ZoneId.of("Europe/Paris"));

    static byte[] feed(String name) {
        try (InputStream in = FeedReadingTest.class.getResourceAsStream("/feeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<TenderNotice> notices(String name) {
        FeedFile file = TenderFeeds.split(name, feed(name));
        return file.entries().stream().map(e -> TenderFeeds.notice(e.format(), e.json(), file.issues())).toList();
    }

    @Test
    void shouldReadTheOfficialOcdsSampleWithItsCpvCodeWrittenAsAFloat() {
        List<TenderNotice> notices = notices("ocds-213czf-000-00001-02-tender.json");
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.cpvCodes()).containsExactly("45233130.0", "45233162-2");
            assertThat(n.buyerName()).isEqualTo("London Borough of Barnet");
            assertThat(n.postcode()).as("a British postcode is not read as a French one").isNull();
        });
        var reading = READER.read(notices.get(0));
        assertThat(reading.id()).isEqualTo(new TenderId("ocds", "ocds-213czf-000-00001"));
        assertThat(reading.issues()).isEmpty();
        assertThat(reading.details().title()).isEqualTo("Planned cycle lane improvements");
        assertThat(reading.details().cpvCodes()).containsExactly(new CpvCode("45233130"), new CpvCode("45233162"));
        assertThat(reading.details().value()).contains(new EstimatedValue(new java.math.BigDecimal("1100000"), "GBP"));
        assertThat(reading.details().deadline()).isPresent();
        assertThat(reading.details().url()).hasValueSatisfying(u -> assertThat(u.toString())
                .isEqualTo("http://example.com/tender-notices/ocds-213czf-000-00001-01.html"));
    }

    @Test
    void shouldReadEveryReleaseOfAProcessAsTheSameTender() {
        List<TenderNotice> notices = notices("ocds-213czf-000-00001.json");
        assertThat(notices).hasSize(6);
        assertThat(notices).extracting(TenderNotice::reference).containsOnly("ocds-213czf-000-00001");
    }

    @Test
    void shouldReadAnOcds10PackageWithoutVersionAndSayIt() {
        List<TenderNotice> notices = notices("ocds-1.0-without-version.json");
        assertThat(notices).hasSize(2);
        var reading = READER.read(notices.get(0));
        assertThat(reading.details().buyer().name()).contains("Département de l'Isère");
        assertThat(reading.details().buyer().siret()).as("a 13-digit SIRET is left out").isEmpty();
        assertThat(reading.details().cpvCodes()).containsExactly(new CpvCode("72262000"));
        assertThat(reading.details().place().department()).contains(new Department("38"));
        assertThat(reading.issues()).extracting(FieldIssue::field)
                .contains("OCDS version", "item classification", "buyer SIRET");
        assertThat(reading.issues()).filteredOn(i -> i.field().equals("buyer SIRET")).singleElement()
                .satisfies(i -> assertThat(i.problem()).contains("13 digits"));
        assertThatThrownBy(() -> READER.read(notices.get(1))).isInstanceOf(UnusableTenderException.class)
                .hasMessageContaining("it has no id").hasMessageContaining("neither a title nor a description");
    }

    @Test
    void shouldReadARealDecpFlux() {
        List<TenderNotice> notices = notices("decp-13001845000028-2024-02-29-01.json");
        var reading = READER.read(notices.get(0));
        assertThat(reading.id()).isEqualTo(new TenderId("decp", "130018450000282024_D2F_2023S12323_33 962_01"));
        assertThat(reading.details().buyer().siret()).hasValueSatisfying(s -> assertThat(s.value())
                .isEqualTo("13001845000028"));
        assertThat(reading.details().title()).startsWith("Développement et intégration à l’écosystème");
        assertThat(reading.details().cpvCodes()).containsExactly(new CpvCode("72210000"));
        assertThat(reading.details().place().department()).contains(new Department("93"));
        assertThat(reading.details().value()).contains(EstimatedValue.euros("952543.75"));
        assertThat(reading.details().publishedOn()).contains(LocalDate.of(2024, 2, 29));
        assertThat(reading.issues()).isEmpty();
    }

    @Test
    void shouldReadTheOfficialDecpExamplesContractsAndConcessions() {
        FeedFile file = TenderFeeds.split("examples", feed("decp-examples-marches-concessions.json"));
        assertThat(file.entries()).extracting(FeedFile.Entry::format)
                .containsExactly(FeedFormat.DECP_CONCESSION, FeedFormat.DECP_CONCESSION, FeedFormat.DECP,
                        FeedFormat.DECP);
        var contract = READER.read(TenderFeeds.notice(FeedFormat.DECP, file.entries().get(2).json(), List.of()));
        assertThat(contract.details().cpvCodes()).containsExactly(new CpvCode("45000000"));
        assertThat(contract.issues()).anySatisfy(i -> assertThat(i.field()).isEqualTo("buyer SIRET"));
        var concession = READER.read(TenderFeeds.notice(FeedFormat.DECP_CONCESSION, file.entries().get(0).json(),
                List.of()));
        assertThat(concession.details().title()).isEqualTo("Objet de la consultation 1");
        assertThat(concession.details().value()).contains(EstimatedValue.euros("10.3"));
    }

    @Test
    void shouldReadALatin1FileWithFloatsAndBadSiretsKeepingWhatCanBeUsed() {
        List<TenderNotice> notices = notices("decp-latin1-messy.json");
        assertThat(notices).hasSize(4);
        var first = READER.read(notices.get(0));
        assertThat(first.details().title()).isEqualTo(
                "Maintenance applicative et évolutions du logiciel de gestion de l'état civil");
        assertThat(first.details().cpvCodes()).containsExactly(new CpvCode("72267000"));
        assertThat(first.details().value()).contains(EstimatedValue.euros("84500.5"));
        assertThat(first.details().buyer().siret()).isPresent();
        assertThat(first.issues()).extracting(FieldIssue::problem)
                .containsExactly("the file is not UTF-8; it was read as ISO-8859-1 (Latin-1)");

        var second = READER.read(notices.get(1));
        assertThat(second.details().title()).isEqualTo("Élagage des arbres et entretien des espaces verts");
        assertThat(second.details().place().department()).contains(new Department("38"));
        assertThat(second.issues()).extracting(FieldIssue::field)
                .contains("buyer SIRET", "value", "publication date");

        var third = READER.read(notices.get(2));
        assertThat(third.details().buyer().siret()).isEmpty();
        assertThat(third.details().cpvCodes()).isEmpty();
        assertThat(third.details().place().isKnown()).isFalse();
        assertThat(third.issues()).extracting(FieldIssue::field)
                .contains("buyer SIRET", "CPV code", "place of execution");
        assertThat(third.issues()).filteredOn(i -> i.field().equals("buyer SIRET")).singleElement()
                .satisfies(i -> assertThat(i.problem()).contains("Luhn"));

        assertThatThrownBy(() -> READER.read(notices.get(3))).isInstanceOf(UnusableTenderException.class)
                .hasMessageContaining("tender decp/?");
    }

    @Test
    void shouldRefuseAFileThatIsNotAFeed() {
        assertThatThrownBy(() -> TenderFeeds.split("not-a-feed.json", feed("not-a-feed.json")))
                .isInstanceOf(UnreadableFeedException.class).hasMessageContaining("not-a-feed.json")
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> TenderFeeds.split("other.json", "{\"items\": []}".getBytes()))
                .isInstanceOf(TenderFeedRefusedException.class).hasMessageContaining("other.json")
                .hasMessageContaining("its fields: items").hasMessageContaining(FeedKind.READ);
    }

    @Test
    void shouldReadADecpRecordConvertedToOcdsWithItsSiret() {
        var reading = READER.read(notices("decp-as-ocds-001.json").get(0));
        assertThat(reading.details().buyer().name()).contains("LASAT");
        assertThat(reading.details().buyer().siret()).hasValueSatisfying(s -> assertThat(s.value())
                .isEqualTo("20001318300021"));
        assertThat(reading.details().title()).isEqualTo("FOURNITURE D'UN AUTOMATE DE SET UP PCR");
        assertThat(reading.details().cpvCodes()).containsExactly(new CpvCode("38950000"));
        assertThat(reading.details().value()).contains(EstimatedValue.euros("80000"));
    }
}
