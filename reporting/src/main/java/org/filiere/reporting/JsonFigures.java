package org.filiere.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.filiere.report.ActivityReport;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Every figure of the report as JSON: the year, the language, whether the year was empty, and a list of figures, one
 * per figure and year, each with its targets that year ({@code null} values where a figure has none).
 */
public final class JsonFigures {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Writes the figures. */
    public void write(ActivityReport report, OutputStream out) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("year", report.year());
        document.put("language", report.locale().getLanguage());
        document.put("empty", report.empty());
        List<Map<String, Object>> figures = new ArrayList<>();
        for (FigureEntries.Entry e : FigureEntries.of(report)) {
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("key", e.key());
            figure.put("label", e.label());
            figure.put("unit", e.unit().name());
            figure.put("year", e.year());
            figure.put("value", e.value().orElse(null));
            List<Map<String, Object>> targets = new ArrayList<>();
            for (FigureEntries.Target t : e.targets()) {
                Map<String, Object> target = new LinkedHashMap<>();
                target.put("funder", t.funder());
                target.put("comparison", t.comparison());
                target.put("threshold", t.threshold());
                target.put("met", t.met());
                targets.add(target);
            }
            figure.put("targets", targets);
            figures.add(figure);
        }
        document.put("figures", figures);
        try {
            json.writeValue(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report's figures as JSON", e);
        }
    }
}
