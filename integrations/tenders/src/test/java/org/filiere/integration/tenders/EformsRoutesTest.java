package org.filiere.integration.tenders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.filiere.access.Actor;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.member.Siret;
import org.filiere.persistence.Databases;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.filiere.watch.CpvCode;
import org.filiere.watch.Department;
import org.filiere.watch.EstimatedValue;
import org.filiere.watch.FieldIssue;
import org.filiere.watch.TenderDetails;
import org.filiere.watch.TenderId;
import org.filiere.watch.Tenders;
import org.filiere.watch.application.TenderReception;
import org.filiere.watch.application.TenderService;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * eForms notices dropped in the tender feeds' folder, through the real Camel routes into the database (embedded
 * Derby, and PostgreSQL when {@code FILIERE_TEST_POSTGRES_URL} names one).
 */
class EformsRoutesTest {

    private static final Actor STAFF = Actor.staff("claire-martin", "Claire Martin");
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final List<String> CONTRACT_NOTICES = List.of("cn_24_minimal.xml", "cn_24_open.xml",
            "cn_24_maximal.xml", "cn_81_FRA.xml", "cn-desg_24.xml");
    private static final String DESG = "f37b9a55-0684-4d4b-a98f-0ba819d6d6f2";
    private static final String OPEN = "c4c415ee-ac08-4465-8fa6-57568cf69462";
    private static final String MINIMAL = "f42be27e-09cf-4f0e-a745-63ec689631e6";

    @TempDir
    Path drop;

    static Stream<TestDatabase> databases() {
        return Databases.derbyAndPostgres();
    }

    private FiliereContainer start(TestDatabase database) {
        Databases.assumeReachable(database);
        return FiliereContainer.start(database, Map.of("filiere.integration.tender-feeds.drop-directory",
                drop.toString(), "filiere.integration.tender-feeds.drop-poll", "PT0.2S"), ReadTenders.class);
    }

    private void dropFile(String name, byte[] content) throws IOException {
        Path staging = Files.createTempFile("notice", ".tmp");
        Files.write(staging, content);
        Files.move(staging, drop.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private List<Path> aside(String folder) {
        Path dir = drop.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".reason.txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long tenderCount(FiliereContainer filiere) {
        return filiere.get(Transactions.class).required(() -> filiere.get(Tenders.class).count());
    }

    private static TenderDetails tender(FiliereContainer filiere, String noticeId) {
        return filiere.get(TenderService.class).tender(new TenderId("eforms", noticeId)).orElseThrow().details();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldImportEachDroppedContractNoticeWithItsFieldsAndUpdateRatherThanDuplicateOnReimport(
            TestDatabase database) throws Exception {
        try (FiliereContainer filiere = start(database)) {
            for (String notice : CONTRACT_NOTICES) {
                dropFile(notice, FeedReadingTest.feed(notice));
            }
            Eventually.await(LIMIT, () -> aside(".done").size() == 5
                    && filiere.get(ReadTenders.class).all().size() == 5);

            assertThat(tenderCount(filiere)).isEqualTo(5);
            assertThat(aside(".failed")).isEmpty();
            assertThat(aside(".refused")).isEmpty();
            assertThat(filiere.get(DeadLetterService.class).list(STAFF, Optional.empty())).isEmpty();

            TenderDetails desg = tender(filiere, DESG);
            assertThat(desg.title()).isEqualTo("Concours restreint de maîtrise d'œuvre en vue de la construction "
                    + "d'un accueil périscolaire à Burnhaupt-le-Bas");
            assertThat(desg.buyer().name()).contains("Communauté de Communes de la Vallée de la Doller et du "
                    + "Soultzbach");
            assertThat(desg.buyer().siret()).contains(Siret.parse("24680067600016"));
            assertThat(desg.cpvCodes()).extracting(CpvCode::digits).containsExactly("71000000");
            assertThat(desg.place().department()).contains(Department.parse("68"));
            assertThat(desg.deadline()).contains(Instant.parse("2020-06-05T11:00:00Z"));
            assertThat(desg.publishedOn()).contains(LocalDate.of(2020, 4, 11));
            assertThat(desg.url()).contains(URI.create("https://marchespublics-amhr.omnikles.com/"));
            assertThat(desg.value()).isEmpty();

            TenderDetails open = tender(filiere, OPEN);
            assertThat(open.value()).contains(new EstimatedValue(new BigDecimal("500000"), "EUR"));
            assertThat(open.cpvCodes()).extracting(CpvCode::digits)
                    .containsExactly("71630000", "71314100", "50300000", "31600000");
            assertThat(open.place().isKnown()).isFalse();
            assertThat(open.deadline()).contains(Instant.parse("2020-04-03T11:00:00Z"));

            assertThat(filiere.get(ReadTenders.class).all()).allSatisfy(read -> {
                assertThat(read.outcome()).isEqualTo(TenderReception.Outcome.CREATED);
                assertThat(read.tenderId().source()).isEqualTo("eforms");
            });
            assertThat(filiere.get(ReadTenders.class).all()).filteredOn(r -> r.tenderId().reference().equals(OPEN))
                    .singleElement().satisfies(r -> assertThat(r.issues()).extracting(FieldIssue::field)
                            .containsExactlyInAnyOrder("buyer SIRET", "place of performance"));

            for (String notice : CONTRACT_NOTICES) {
                dropFile("again-" + notice, FeedReadingTest.feed(notice));
            }
            Eventually.await(LIMIT, () -> filiere.get(ReadTenders.class).all().size() == 10);
            assertThat(tenderCount(filiere)).as("the same notices again update, never duplicate").isEqualTo(5);
            assertThat(filiere.get(ReadTenders.class).all().subList(5, 10))
                    .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(TenderReception.Outcome.UNCHANGED));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepANoticeWithBadFieldsReportingEachWithTheNoticeIdAndDeadLetterOneWithoutId(
            TestDatabase database) throws Exception {
        String minimal = new String(FeedReadingTest.feed("cn_24_minimal.xml"), StandardCharsets.UTF_8);
        String bad = minimal.replace(">72230000<", ">72230001<")
                .replace("<cbc:EndDate>2020-02-04+02:00</cbc:EndDate>", "<cbc:EndDate>2020-02-31</cbc:EndDate>")
                .replace("</cac:ProcurementProject>\n\t<cac:ProcurementProjectLot>",
                        "<cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID=\"EUR\">12 k€"
                                + "</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>"
                                + "</cac:ProcurementProject>\n\t<cac:ProcurementProjectLot>");
        String withoutId = minimal.replace("<cbc:ID schemeName=\"notice-id\">" + MINIMAL + "</cbc:ID>", "");
        assertThat(bad).contains("72230001", "2020-02-31", "12 k€");
        assertThat(withoutId).doesNotContain(MINIMAL);
        try (FiliereContainer filiere = start(database)) {
            dropFile("bad-fields.xml", bad.getBytes(StandardCharsets.UTF_8));
            dropFile("without-id.xml", withoutId.getBytes(StandardCharsets.UTF_8));
            DeadLetterService deadLetters = filiere.get(DeadLetterService.class);
            Eventually.await(LIMIT, () -> aside(".done").size() == 2
                    && !deadLetters.list(STAFF, Optional.empty()).isEmpty());

            assertThat(tenderCount(filiere)).isEqualTo(1);
            TenderNoticeRead read = filiere.get(ReadTenders.class).all().get(0);
            assertThat(read.tenderId()).isEqualTo(new TenderId("eforms", MINIMAL));
            assertThat(read.issues()).extracting(FieldIssue::field)
                    .contains("CPV code", "value", "deadline", "URL");
            assertThat(read.issues()).filteredOn(i -> i.field().equals("CPV code")).extracting(FieldIssue::value)
                    .contains("72230001");
            assertThat(read.issues()).filteredOn(i -> i.field().equals("value")).singleElement()
                    .satisfies(i -> assertThat(i.problem()).contains("not a number"));
            assertThat(read.issues()).filteredOn(i -> i.field().equals("deadline")).singleElement()
                    .satisfies(i -> assertThat(i.toString()).contains("2020-02-31").contains("not a date"));
            TenderDetails kept = tender(filiere, MINIMAL);
            assertThat(kept.title()).startsWith("Provision of IT Services");
            assertThat(kept.value()).isEmpty();
            assertThat(kept.deadline()).isEmpty();

            List<DeadLetter> letters = deadLetters.list(STAFF, Optional.empty());
            assertThat(letters).singleElement().satisfies(letter -> {
                assertThat(letter.routeId()).isEqualTo(TenderFeedRoutes.ENTRY_ROUTE);
                assertThat(letter.reason()).contains("without-id.xml").contains("it has no id");
                assertThat(letter.item()).as("the notice's fields, to be tried again alone")
                        .contains("Provision of IT Services");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRefuseAContractAwardNoticeNamingTheFormatsItReads(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = start(database)) {
            dropFile("can_81_FRA.xml", FeedReadingTest.feed("can_81_FRA.xml"));
            Eventually.await(LIMIT, () -> aside(".refused").size() == 1);

            Path refused = aside(".refused").get(0);
            assertThat(Files.readString(TenderFeedRoutes.reasonFile(refused)))
                    .contains("can_81_FRA.xml is refused: it is an eForms ContractAwardNotice")
                    .contains(FeedKind.READ).contains("eForms contract notices");
            assertThat(tenderCount(filiere)).isZero();
            assertThat(aside(".done")).isEmpty();
        }
    }
}
