package org.filiere.reporting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import org.filiere.report.ActivityReport;
import org.filiere.report.Comparison;
import org.filiere.report.Figure;
import org.filiere.report.FigureTable;
import org.filiere.report.IndicatorResult;
import org.filiere.report.ReportSection;
import org.filiere.wiring.CoreProducers;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * The activity report as one self-contained XHTML page: styles inline, charts as inline SVG, the summary of
 * indicators against their targets first, then one section per activity, then the definitions of the figures.
 * Pebble escapes every text; only the charts, drawn by the library, go in as they are. The page is well-formed XML,
 * so that the PDF can be made from it.
 */
public final class HtmlReport {

    private static final String BUNDLE = "org.filiere.reporting.messages";

    private final PebbleEngine engine;
    private final String association;

    /**
     * @param association the association's name, shown in the title ("Numérique Isère")
     */
    public HtmlReport(String association) {
        ClasspathLoader loader = new ClasspathLoader(HtmlReport.class.getClassLoader());
        loader.setPrefix("org/filiere/reporting");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true)
                .cacheActive(true).build();
        this.association = association;
    }

    /** The page as text. */
    public String render(ActivityReport report) {
        StringWriter out = new StringWriter();
        write(report, out);
        return out.toString();
    }

    /** Writes the page. */
    public void write(ActivityReport report, Writer out) {
        PebbleTemplate template = engine.getTemplate("report");
        try {
            template.evaluate(out, model(report), report.locale());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the activity report's page", e);
        }
    }

    static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, HtmlReport.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private Map<String, Object> model(ActivityReport report) {
        ResourceBundle texts = texts(report.locale());
        FigureFormat format = new FigureFormat(report.locale(), texts);
        Map<String, String> t = new HashMap<>();
        for (String key : texts.keySet()) {
            t.put(key.replace('.', '_'), texts.getString(key).replace("{year}", String.valueOf(report.year()))
                    .replace("{previous}", String.valueOf(report.year() - 1)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("t", t);
        model.put("lang", report.locale().getLanguage());
        model.put("association", association);
        model.put("year", report.year());
        model.put("previous", report.year() - 1);
        model.put("empty", report.empty());
        model.put("builtOn", report.builtAt().atZone(CoreProducers.ASSOCIATION_ZONE).toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(report.locale())));
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (IndicatorResult i : report.indicators()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", i.figure().key());
            row.put("funder", i.target().funder());
            row.put("agreement", i.target().agreement());
            row.put("label", i.figure().label());
            row.put("target", texts.getString(i.target().comparison() == Comparison.AT_LEAST ? "target.at_least"
                    : "target.at_most") + "\u00a0" + format.value(Optional.of(i.target().threshold()),
                            i.figure().unit()));
            row.put("value", format.value(i.value(), i.figure().unit()));
            row.put("raw", raw(i.value()));
            row.put("met", i.met());
            row.put("metText", texts.getString(i.met() ? "target.met" : "target.missed"));
            indicators.add(row);
        }
        model.put("indicators", indicators);
        ReportCharts charts = new ReportCharts(report.locale());
        List<Map<String, Object>> sections = new ArrayList<>();
        List<Map<String, String>> definitions = new ArrayList<>();
        for (ReportSection s : report.sections()) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("key", s.key());
            section.put("title", s.title());
            section.put("figures", s.figures().stream().map(f -> figure(f, format)).toList());
            List<Map<String, Object>> tables = new ArrayList<>();
            for (FigureTable table : s.tables()) {
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("key", table.key());
                view.put("label", table.label());
                view.put("chart", charts.bars(table, report.year()).orElse(""));
                view.put("rows", table.rows().stream().map(f -> figure(f, format)).toList());
                tables.add(view);
                definitions.add(Map.of("label", table.label(), "definition", table.definition()));
            }
            section.put("tables", tables);
            sections.add(section);
            s.figures().forEach(f -> definitions.add(Map.of("label", f.label(), "definition", f.definition())));
        }
        model.put("sections", sections);
        model.put("definitions", definitions);
        return model;
    }

    private static Map<String, Object> figure(Figure f, FigureFormat format) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("key", f.key());
        row.put("label", f.label());
        row.put("current", format.value(f.value(), f.unit()));
        row.put("currentRaw", raw(f.value()));
        row.put("previous", format.value(f.previous(), f.unit()));
        row.put("previousRaw", raw(f.previous()));
        row.put("change", format.change(f.change(), f.unit()));
        return row;
    }

    /** The number as the CSV and JSON give it, for the page's data attributes. */
    static String raw(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }
}
