package org.filiere.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The PDF is made from the same page: its text, read back with PDFBox, holds the indicator table; preparing the
 * engines ahead changes nothing in it.
 */
class PdfReportTest {

    private static String pdfText(org.filiere.report.ActivityReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReport(new HtmlReport("Numérique Isère")).write(report, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
            return new PDFTextStripper().getText(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    @Test
    void shouldPrintTheIndicatorTableWithEachTargetAndWhetherItWasMet() throws Exception {
        String text = pdfText(ReportFixtures.a2025Report(Locale.FRENCH));

        assertThat(text).contains("Rapport d'activité 2025", "Indicateurs et objectifs");
        assertThat(text).containsSubsequence("Financeur", "Indicateur", "Objectif", "2025", "Atteint");
        assertThat(text).containsSubsequence("Région Auvergne-Rhône-Alpes", "Adhérents", "au moins 140", "152", "Oui");
        assertThat(text).containsSubsequence("Part de PME", "au moins 60,0 %", "91,4 %", "Oui");
        assertThat(text).containsSubsequence("Sessions de formation réalisées", "au moins 20", "18", "Non");
        assertThat(text).contains("Annexe : définition des indicateurs");
    }

    @Test
    void shouldWriteTheSameReportOnceTheEnginesArePreparedAhead() throws Exception {
        ReportFiles files = new ReportFiles("Numérique Isère");
        org.filiere.report.ActivityReport report = ReportFixtures.a2025Report(Locale.FRENCH);
        String before = text(files, report);

        files.prepare(Locale.FRENCH);
        files.prepare(Locale.ENGLISH);

        assertThat(text(files, report)).isEqualTo(before).contains("Rapport d'activité 2025");
    }

    private static String text(ReportFiles files, org.filiere.report.ActivityReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.write(report, ReportFormat.PDF, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void shouldPrintAnEmptyYearSayingSo() throws Exception {
        assertThat(pdfText(ReportFixtures.anEmptyYear())).contains("Aucune activité n'est enregistrée pour 2030");
    }
}
