package org.filiere.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.filiere.report.ActivityReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private final HtmlReport html = new HtmlReport("Numérique Isère");

    @Test
    void shouldWriteWellFormedXhtmlThatAnXmlParserReads() throws Exception {
        String page = html.render(ReportFixtures.a2025Report(Locale.FRENCH));

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        assertThat(xml.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength()).isPositive();
    }

    @Test
    void shouldOpenWithTheIndicatorsAgainstTheirTargets() {
        Document page = Jsoup.parse(html.render(ReportFixtures.a2025Report(Locale.FRENCH)));

        assertThat(page.select("h2").first().text()).isEqualTo("Indicateurs et objectifs");
        assertThat(page.select("#indicators tbody tr")).extracting(r -> r.select("td").eachText()).containsExactly(
                java.util.List.of("Région Auvergne-Rhône-Alpes (Convention 2025-2027)", "Adhérents",
                        "au moins 140", "152", "Oui"),
                java.util.List.of("Région Auvergne-Rhône-Alpes (Convention 2025-2027)", "Part de PME",
                        "au moins 60,0 %", "91,4 %", "Oui"),
                java.util.List.of("Région Auvergne-Rhône-Alpes (Convention 2025-2027)",
                        "Sessions de formation réalisées", "au moins 20", "18", "Non"));
        assertThat(page.select("#indicators tbody tr").eachAttr("class")).containsExactly("met", "met", "missed");
    }

    @Test
    void shouldGiveEachFigureForBothYearsWithItsChange() {
        Document page = Jsoup.parse(html.render(ReportFixtures.a2025Report(Locale.FRENCH)));

        Element active = page.selectFirst("section.activity tr[data-figure=members.active]");
        assertThat(active.select("td").eachText()).containsExactly("Adhérents", "152", "128", "+24");
        assertThat(page.selectFirst("section.activity tr[data-figure=members.sme_share]").select("td").eachText())
                .containsExactly("Part de PME", "91,4 %", "92,2 %", "-0,8 pts");
        assertThat(page.selectFirst("section.activity tr[data-figure=funding.income_total]").select("td").eachText())
                .containsExactly("Produits", "612 450,00 €", "—", "—");
        assertThat(page.select("section.activity h2").eachText()).containsExactly("Adhérents", "Formation",
                "Financement");
    }

    @Test
    void shouldDrawEveryTableWithValuesAsAnInlineSvgChart() {
        Document page = Jsoup.parse(html.render(ReportFixtures.a2025Report(Locale.FRENCH)));

        assertThat(page.select("div.chart").eachAttr("id")).containsExactly("chart-members.by_sector",
                "chart-members.by_department", "chart-members.by_commune", "chart-funding.income_by_source",
                "chart-funding.income_by_funder");
        for (Element svg : page.select("div.chart > svg")) {
            assertThat(Double.parseDouble(svg.attr("width"))).isGreaterThan(100.0);
            assertThat(Double.parseDouble(svg.attr("height"))).isGreaterThan(50.0);
            assertThat(svg.select("rect, path").size()).isGreaterThan(3);
        }
        assertThat(page.select("div.chart > svg").first().text()).contains("Édition de logiciels", "2025", "2024");
    }

    @Test
    void shouldEscapeTheTextsOfTheData() {
        String page = html.render(ReportFixtures.a2025Report(Locale.FRENCH));

        assertThat(page).contains("&lt;Fonds &amp; Co&gt;").doesNotContain("<Fonds & Co>");
    }

    @Test
    void shouldDefineEveryFigureInTheAnnex() {
        ActivityReport report = ReportFixtures.a2025Report(Locale.FRENCH);
        Document page = Jsoup.parse(html.render(report));

        assertThat(page.select("#annex dt").eachText()).contains("Adhérents", "Adhérents par filière", "Part de PME");
        assertThat(page.select("#annex dd").eachText())
                .contains("Part des adhérents de l'année de moins de 250 salariés (tranche d'effectif INSEE), en"
                        + " pourcentage.");
    }

    @Test
    void shouldWriteEnglishWithTheEnglishBundles() {
        Document page = Jsoup.parse(html.render(ReportFixtures.a2025Report(Locale.ENGLISH)));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h2").first().text()).isEqualTo("Indicators and targets");
        assertThat(page.selectFirst("section.activity tr[data-figure=funding.income_total]").select("td").eachText())
                .containsExactly("Income", "612,450.00 €", "—", "—");
    }

    @Test
    void shouldSayAYearIsEmptyRatherThanFail() {
        Document page = Jsoup.parse(html.render(ReportFixtures.anEmptyYear()));

        assertThat(page.selectFirst("#empty-year").text()).startsWith("Aucune activité n'est enregistrée pour 2030");
        assertThat(page.selectFirst("#no-targets").text()).isEqualTo("Aucun objectif n'est fixé pour 2030.");
        assertThat(page.select("div.chart")).isEmpty();
        assertThat(page.selectFirst("section.activity tr[data-figure=members.active]").select("td").eachText())
                .containsExactly("Adhérents", "0", "0", "0");
    }
}
