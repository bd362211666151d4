package org.filiere.integration.tenders.eforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.filiere.watch.Department;
import org.filiere.watch.FieldIssue;
import org.filiere.watch.TenderNotice;
import org.junit.jupiter.api.Test;

/**
 * The eForms reader on the eForms SDK's example notices: each field the market watch takes, the gaps of optional
 * fields reported, badly written fields handed on with the notice, and what is not a contract notice refused.
 */
class EformsNoticesTest {

    private static final long NO_LIMIT = Long.MAX_VALUE;

    static String sample(String name) {
        try (InputStream in = EformsNoticesTest.class.getResourceAsStream("/feeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<EformsNotices.Read> readAll(String xml, long limit) {
        List<EformsNotices.Read> all = new ArrayList<>();
        try (EformsNotices notices = EformsNotices.open(new StringReader(xml), limit)) {
            for (var read = notices.next(); read.isPresent(); read = notices.next()) {
                all.add(read.get());
            }
        }
        return all;
    }

    private static TenderNotice notice(String name) {
        List<EformsNotices.Read> all = readAll(sample(name), NO_LIMIT);
        assertThat(all).hasSize(1);
        return all.get(0).notice().orElseThrow();
    }

    private static List<String> fields(TenderNotice notice) {
        return notice.readingIssues().stream().map(FieldIssue::field).toList();
    }

    @Test
    void shouldReadEachFieldOfAnOpenProcedureWithSeveralCpvCodes() {
        List<EformsNotices.Read> all = readAll(sample("cn_24_open.xml"), NO_LIMIT);
        EformsNotices.Read read = all.get(0);
        assertThat(read.noticeId()).contains("c4c415ee-ac08-4465-8fa6-57568cf69462");
        assertThat(read.version()).contains("01");
        TenderNotice notice = read.notice().orElseThrow();

        assertThat(notice.source()).isEqualTo("eforms");
        assertThat(notice.reference()).isEqualTo("c4c415ee-ac08-4465-8fa6-57568cf69462");
        assertThat(notice.title()).isEqualTo("Term Contract for a Planned Programme of In-service Inspection and "
                + "Testing of Electrical Equipment");
        assertThat(notice.description()).startsWith("The purpose of this contract is to formalise the Councils "
                + "requirement to employ");
        assertThat(notice.cpvCodes()).containsExactly("71630000", "71314100", "50300000", "31600000");
        assertThat(notice.buyerName()).isEqualTo("Renfrewshire Council");
        assertThat(notice.buyerSiret()).isNull();
        assertThat(notice.value()).isEqualTo("500000");
        assertThat(notice.currency()).isEqualTo("EUR");
        assertThat(notice.deadline()).isEqualTo("2020-04-03T12:00+01:00");
        assertThat(notice.publishedOn()).isEqualTo("2020-02-28+01:00");
        assertThat(notice.url()).isEqualTo("https://www.publictendersscotland.publiccontractsscotland.gov.uk");
        assertThat(notice.department()).isNull();
        assertThat(notice.postcode()).isNull();
        assertThat(notice.readingIssues()).extracting(FieldIssue::toString).containsExactlyInAnyOrder(
                "buyer SIRET \"not available\": the buyer's identifier is not a SIRET (14 digits); the buyer is kept"
                        + " by its name",
                "place of performance \"GBR\": outside France; the tender is kept without a place");
    }

    @Test
    void shouldReadAFrenchBuyersSiretAndDepartmentAndTakeTheDeadlineForRequestsWhenThereIsNoOther() {
        TenderNotice notice = notice("cn-desg_24.xml");

        assertThat(notice.reference()).isEqualTo("f37b9a55-0684-4d4b-a98f-0ba819d6d6f2");
        assertThat(notice.buyerName()).isEqualTo("Communauté de Communes de la Vallée de la Doller et du Soultzbach");
        assertThat(notice.buyerSiret()).as("the buyer's, not the consultant's 83044938500012")
                .isEqualTo("24680067600016");
        assertThat(notice.cpvCodes()).as("the main code repeated as additional, once").containsExactly("71000000");
        assertThat(notice.department()).as("NUTS FRF12, the Haut-Rhin").isEqualTo("68");
        assertThat(notice.deadline()).isEqualTo("2020-06-05T12:00+01:00");
        assertThat(notice.url()).isEqualTo("https://marchespublics-amhr.omnikles.com/");
        assertThat(notice.description()).as("its single lot has the procedure's title: not listed")
                .doesNotContain("Lot LOT-0000");
        assertThat(notice.readingIssues()).extracting(FieldIssue::toString).containsExactlyInAnyOrder(
                "deadline \"2020-06-05T12:00+01:00\": no deadline for tenders; the deadline for requests to "
                        + "participate stands for it",
                "estimated value: not given; the tender is kept without a value");
    }

    @Test
    void shouldReadTheLotsOfANoticeButNotItsGroupOfLotsAsALot() {
        TenderNotice notice = notice("cn_24_maximal.xml");

        assertThat(notice.reference()).isEqualTo("14549263-b47b-4e59-96a1-2d0d13e19343");
        assertThat(notice.title()).isEqualTo("Procurement Title ---");
        assertThat(notice.description()).isEqualTo("Description ---\n\nLot LOT-0001: Title ---\nLot LOT-0002: Title "
                + "Lot 2---");
        assertThat(notice.cpvCodes()).containsExactly("79710000", "79720000", "75121000");
        assertThat(notice.value()).isEqualTo("9999999.99");
        assertThat(notice.currency()).isEqualTo("EUR");
        assertThat(notice.deadline()).isEqualTo("2023-05-22T20:59:32+01:00");
        assertThat(notice.url()).isEqualTo("http://nonrestricteddocuments.com");
        assertThat(notice.buyerName()).isEqualTo("Financial Adinistration for ...");
        assertThat(fields(notice)).contains("buyer SIRET", "place of performance", "deadline");
        assertThat(notice.readingIssues()).filteredOn(i -> i.field().equals("place of performance"))
                .singleElement().satisfies(i -> assertThat(i.value()).isEqualTo("LUX"));
    }

    @Test
    void shouldAddUpTheValuesOfTheLotsWhenTheProcedureGivesNoneLeavingOutTheGroupOfLots() {
        String amount = "<cbc:EstimatedOverallContractAmount currencyID=\"EUR\">9999999.99"
                + "</cbc:EstimatedOverallContractAmount>";
        String xml = sample("cn_24_maximal.xml");
        String withoutProcedureValue = xml.substring(0, xml.indexOf(amount))
                + xml.substring(xml.indexOf(amount) + amount.length());

        TenderNotice notice = readAll(withoutProcedureValue, NO_LIMIT).get(0).notice().orElseThrow();

        assertThat(notice.value()).isEqualTo("19999999.98");
        assertThat(notice.currency()).isEqualTo("EUR");
    }

    @Test
    void shouldNormaliseIndentedTextAndAddTheCodesOfALotThatDiffersFromItsProcedure() {
        TenderNotice notice = notice("cn_81_FRA.xml");

        assertThat(notice.title()).startsWith("Assistance à maîtrise d’œuvre en suivi de réalisation")
                .endsWith("pour le compte du CEA DAM").doesNotContain("\n").doesNotContain("\t");
        assertThat(notice.cpvCodes()).containsExactly("71336000", "80512000");
        assertThat(notice.department()).as("NUTS FRL04, the Bouches-du-Rhône").isEqualTo("13");
        assertThat(notice.buyerName()).isEqualTo("Commissariat à l'énergie atomique et aux énergies alternatives");
        assertThat(notice.url()).as("no documents address: the buyer's profile")
                .isEqualTo("https://www.marches-publics.gouv.fr");
        assertThat(notice.description()).endsWith("Lot LOT-0000: Procurement of Military Working Dogs");
        assertThat(notice.readingIssues()).extracting(FieldIssue::toString).contains(
                "buyer SIRET: not given; the buyer is kept by its name",
                "estimated value: not given; the tender is kept without a value");
    }

    @Test
    void shouldReadAMinimalNoticeAndReportEachGap() {
        TenderNotice notice = notice("cn_24_minimal.xml");

        assertThat(notice.reference()).isEqualTo("f42be27e-09cf-4f0e-a745-63ec689631e6");
        assertThat(notice.title()).isEqualTo("Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, "
                + "Search Layer, and Others)");
        assertThat(notice.cpvCodes()).containsExactly("72230000");
        assertThat(notice.buyerName()).isEqualTo("Publications Office of the European Union");
        assertThat(notice.department()).as("NUTS FRD22, the Seine-Maritime").isEqualTo("76");
        assertThat(notice.deadline()).as("the offset as written, even if it is not winter time's")
                .isEqualTo("2020-02-04T10:00+02:00");
        assertThat(notice.value()).isNull();
        assertThat(notice.url()).isNull();
        assertThat(notice.readingIssues()).extracting(FieldIssue::field).containsExactlyInAnyOrder(
                "buyer SIRET", "estimated value", "URL");
    }

    @Test
    void shouldLinkToTheNoticeOnTedAndTakeItsPublicationDateOnceItIsPublished() {
        String published = sample("cn_24_minimal.xml").replace("</efac:NoticeSubType>", "</efac:NoticeSubType>"
                + "<efac:Publication xmlns:efbc=\"http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1\">"
                + "<efbc:NoticePublicationID schemeName=\"ojs-notice-id\">12345678-2025</efbc:NoticePublicationID>"
                + "<efbc:GazetteID schemeName=\"ojs-id\">123/2025</efbc:GazetteID>"
                + "<efbc:PublicationDate>2025-05-22+01:00</efbc:PublicationDate></efac:Publication>");

        TenderNotice notice = readAll(published, NO_LIMIT).get(0).notice().orElseThrow();

        assertThat(notice.url()).isEqualTo("https://ted.europa.eu/en/notice/-/detail/12345678-2025");
        assertThat(notice.publishedOn()).isEqualTo("2025-05-22+01:00");
        assertThat(notice.readingIssues()).extracting(FieldIssue::field).doesNotContain("URL");
    }

    @Test
    void shouldHandOnBadlyWrittenFieldsForTheMarketWatchToReport() {
        String bad = sample("cn_24_minimal.xml")
                .replace(">72230000<", ">72230001<")
                .replace("<cbc:EndDate>2020-02-04+02:00</cbc:EndDate>", "<cbc:EndDate>2020-02-31</cbc:EndDate>")
                .replace("</cac:ProcurementProject>\n\t<cac:ProcurementProjectLot>",
                        "<cac:RequestedTenderTotal><cbc:EstimatedOverallContractAmount currencyID=\"EUR\">12 k€"
                                + "</cbc:EstimatedOverallContractAmount></cac:RequestedTenderTotal>"
                                + "</cac:ProcurementProject>\n\t<cac:ProcurementProjectLot>");
        assertThat(bad).contains("12 k€").contains("2020-02-31").contains("72230001");

        TenderNotice notice = readAll(bad, NO_LIMIT).get(0).notice().orElseThrow();

        assertThat(notice.cpvCodes()).as("checked against the CPV by the market watch").containsExactly("72230001");
        assertThat(notice.value()).as("checked by the market watch").isEqualTo("12 k€");
        assertThat(notice.deadline()).isNull();
        assertThat(notice.readingIssues()).extracting(FieldIssue::toString)
                .contains("deadline \"2020-02-31\": not a date (lot LOT-0000); it is left out");
    }

    @Test
    void shouldRefuseAContractAwardNotice() {
        assertThatThrownBy(() -> readAll(sample("can_81_FRA.xml"), NO_LIMIT))
                .isInstanceOf(NotAContractNoticeException.class)
                .satisfies(e -> assertThat(((NotAContractNoticeException) e).what())
                        .isEqualTo("an eForms ContractAwardNotice"));
    }

    @Test
    void shouldRefuseXmlThatIsNotAnEformsNoticeWithoutReadingFurtherThanItsFirstElements() {
        String ted = "<?xml version=\"1.0\"?><TED_EXPORT><CODED_DATA_SECTION/>" + body("cn_24_open.xml")
                + "</TED_EXPORT>";

        assertThatThrownBy(() -> EformsNotices.open(new StringReader(ted), NO_LIMIT))
                .isInstanceOf(NotAContractNoticeException.class)
                .hasMessageContaining("its root element is TED_EXPORT");
        assertThatThrownBy(() -> EformsNotices.open(new StringReader("<TED_EXPORT/>"), NO_LIMIT))
                .isInstanceOf(NotAContractNoticeException.class);
    }

    @Test
    void shouldReadEachNoticeOfAFileThatHoldsSeveralAndSetAsideOneThatIsNotAContractNotice() {
        String xml = "<notices>\n" + body("cn_24_open.xml") + body("can_81_FRA.xml") + body("cn-desg_24.xml")
                + "</notices>\n";

        List<EformsNotices.Read> all = readAll(xml, NO_LIMIT);

        assertThat(all).extracting(EformsNotices.Read::position).containsExactly(1L, 2L, 3L);
        assertThat(all.get(0).notice()).hasValueSatisfying(n -> assertThat(n.reference())
                .isEqualTo("c4c415ee-ac08-4465-8fa6-57568cf69462"));
        assertThat(all.get(1).notice()).isEmpty();
        assertThat(all.get(1).problem()).contains("it is an eForms ContractAwardNotice, not a contract notice");
        assertThat(all.get(2).notice()).hasValueSatisfying(n -> assertThat(n.buyerSiret())
                .isEqualTo("24680067600016"));
    }

    private static String body(String sample) {
        String xml = sample(sample);
        Matcher root = Pattern.compile("<[A-Za-z]").matcher(xml);
        assertThat(root.find()).isTrue();
        return xml.substring(root.start()) + "\n";
    }

    @Test
    void shouldSetAsideANoticeLargerThanTheLimitAndGoOnToTheNext() {
        String xml = "<notices>" + body("cn_24_maximal.xml") + body("cn_24_minimal.xml") + "</notices>";

        List<EformsNotices.Read> all = readAll(xml, 20_000);

        assertThat(all).hasSize(2);
        assertThat(all.get(0).notice()).isEmpty();
        assertThat(all.get(0).problem()).contains("it is larger than the 20000 characters accepted for one notice");
        assertThat(all.get(1).notice()).isPresent();
    }

    @Test
    void shouldSayWhereXmlStopsBeingWellFormed() {
        String cut = sample("cn_24_minimal.xml").replace("</cbc:VersionID>", "</cbc:Version>");

        assertThatThrownBy(() -> readAll(cut, NO_LIMIT)).isInstanceOf(UnreadableNoticeException.class)
                .hasMessageContaining("not well-formed XML").hasMessageContaining("at line");
    }

    @Test
    void shouldNotReadExternalEntities() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<ContractNotice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2\">&e;"
                + "</ContractNotice>";

        assertThatThrownBy(() -> readAll(xml, NO_LIMIT)).isInstanceOf(UnreadableNoticeException.class);
    }

    @Test
    void shouldKnowTheDepartmentOfEveryFrenchNuts3Region() {
        assertThat(NutsDepartments.all()).hasSize(101);
        assertThat(NutsDepartments.all().values()).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(Department.parse(code).code()).isEqualTo(code));
        assertThat(NutsDepartments.department("FR101")).contains("75");
        assertThat(NutsDepartments.department("FRM01")).contains("2A");
        assertThat(NutsDepartments.department("FRY40")).contains("974");
        assertThat(NutsDepartments.department("FRF1")).isEqualTo(Optional.empty());
    }
}
