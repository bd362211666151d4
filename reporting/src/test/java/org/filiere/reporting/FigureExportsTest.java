package org.filiere.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.filiere.report.ActivityReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The CSV and JSON exports give exactly the figures the HTML page shows: key, label, year and value. */
class FigureExportsTest {

    private final ActivityReport report = ReportFixtures.a2025Report(Locale.FRENCH);

    /**
     * One figure in one year as written somewhere.
     *
     * @param key   the figure's key
     * @param label its label
     * @param year  the year
     * @param value its value, empty when it has none
     */
    record Written(String key, String label, int year, String value) {

        /** Numbers compared by value: JSON readers drop trailing zeros. */
        Written {
            value = value.isEmpty() ? "" : new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
        }
    }

    private Set<Written> inHtml() {
        Document page = Jsoup.parse(new HtmlReport("Numérique Isère").render(report));
        Set<Written> written = new HashSet<>();
        for (Element row : page.select("section.activity tr[data-figure]")) {
            String label = row.selectFirst("td").text();
            for (Element cell : row.select("td[data-year]")) {
                written.add(new Written(row.attr("data-figure"), label, Integer.parseInt(cell.attr("data-year")),
                        cell.attr("data-value")));
            }
        }
        return written;
    }

    private List<CSVRecord> csv() throws Exception {
        StringWriter out = new StringWriter();
        new CsvFigures().write(report, out);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
    }

    private JsonNode json() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonFigures().write(report, out);
        return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(out.toByteArray());
    }

    @Test
    void shouldExportInCsvTheFiguresTheHtmlShows() throws Exception {
        Set<Written> fromCsv = new HashSet<>();
        for (CSVRecord r : csv()) {
            fromCsv.add(new Written(r.get("key"), r.get("label"), Integer.parseInt(r.get("year")), r.get("value")));
        }

        assertThat(inHtml()).hasSize(2 * report.figures().size());
        assertThat(fromCsv).containsExactlyInAnyOrderElementsOf(inHtml());
    }

    @Test
    void shouldExportInJsonTheFiguresTheHtmlShows() throws Exception {
        Set<Written> fromJson = new HashSet<>();
        for (JsonNode f : json().get("figures")) {
            fromJson.add(new Written(f.get("key").asText(), f.get("label").asText(), f.get("year").asInt(),
                    f.get("value").isNull() ? "" : f.get("value").decimalValue().toPlainString()));
        }

        assertThat(fromJson).containsExactlyInAnyOrderElementsOf(inHtml());
    }

    @Test
    void shouldCarryTheTargetsOfTheReportYear() throws Exception {
        assertThat(csv()).filteredOn(r -> !r.get("target").isEmpty())
                .extracting(r -> r.get("key"), r -> r.get("year"), r -> r.get("value"), r -> r.get("target_comparison"),
                        r -> r.get("target"), r -> r.get("target_funder"), r -> r.get("target_met"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("members.active", "2025", "152", "AT_LEAST", "140.00",
                                ReportFixtures.FUNDER, "true"),
                        org.assertj.core.groups.Tuple.tuple("members.sme_share", "2025", "91.4", "AT_LEAST", "60.00",
                                ReportFixtures.FUNDER, "true"),
                        org.assertj.core.groups.Tuple.tuple("training.sessions_held", "2025", "18", "AT_LEAST",
                                "20.00", ReportFixtures.FUNDER, "false"));
        JsonNode sessions = null;
        for (JsonNode f : json().get("figures")) {
            if (f.get("key").asText().equals("training.sessions_held") && f.get("year").asInt() == 2025) {
                sessions = f;
            }
        }
        assertThat(sessions.get("targets").get(0).get("met").asBoolean()).isFalse();
        assertThat(sessions.get("targets").get(0).get("threshold").decimalValue()).isEqualByComparingTo("20");
        assertThat(json().get("year").asInt()).isEqualTo(2025);
        assertThat(json().get("empty").asBoolean()).isFalse();
    }
}
