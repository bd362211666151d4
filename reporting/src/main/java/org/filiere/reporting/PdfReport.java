package org.filiere.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.filiere.report.ActivityReport;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/** The activity report as a PDF, laid out by openhtmltopdf from the very page {@link HtmlReport} writes. */
public final class PdfReport {

    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    private final HtmlReport html;

    public PdfReport(HtmlReport html) {
        this.html = html;
    }

    /** Writes the report's PDF. */
    public void write(ActivityReport report, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(html.render(report), null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the activity report's PDF", e);
        }
    }
}
