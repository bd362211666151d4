package org.filiere.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The activity report of a year: the indicators funders set targets on, then one section per activity, each figure
 * for the report year and the year before, with the definition of what it counts.
 *
 * @param year       the report year
 * @param locale     the language of its texts
 * @param builtAt    when it was built
 * @param indicators the year's indicator targets with the figures' values, by funder
 * @param sections   the sections, in order
 * @param empty      whether the year has no activity on record at all (no member, no session, no money...)
 */
public record ActivityReport(int year, Locale locale, Instant builtAt, List<IndicatorResult> indicators,
        List<ReportSection> sections, boolean empty) {

    public ActivityReport {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(builtAt, "builtAt");
        indicators = List.copyOf(indicators);
        sections = List.copyOf(sections);
    }

    /**
     * A section's definition and its figures for the report year and the year before, as its queries gave them.
     *
     * @param definition the section
     * @param texts      where its bundle is found
     * @param current    the report year's figures
     * @param previous   the year before's figures
     */
    public record SectionData(SectionDefinition definition, ClassLoader texts, YearFigures current,
            YearFigures previous) {
    }

    /** Every figure, single figures and table rows, in the order the report shows them. */
    public List<Figure> figures() {
        List<Figure> all = new ArrayList<>();
        for (ReportSection s : sections) {
            all.addAll(s.figures());
            s.tables().forEach(t -> all.addAll(t.rows()));
        }
        return all;
    }

    /** The single figure with this key, if the report has it. */
    public Optional<Figure> figure(String key) {
        return sections.stream().flatMap(s -> s.figures().stream()).filter(f -> f.key().equals(key)).findFirst();
    }

    /** The table with this key, if the report has it. */
    public Optional<FigureTable> table(String key) {
        return sections.stream().flatMap(s -> s.tables().stream()).filter(t -> t.key().equals(key)).findFirst();
    }

    /**
     * Puts the report together: texts in the report's language, both years side by side, the targets of the year
     * held against the figures.
     */
    public static ActivityReport assemble(int year, Locale locale, Instant builtAt, List<SectionData> data,
            List<IndicatorTarget> targets) {
        List<ReportSection> sections = new ArrayList<>();
        boolean empty = true;
        List<SectionData> ordered = data.stream()
                .sorted(Comparator.comparingInt((SectionData d) -> d.definition().order())
                        .thenComparing(d -> d.definition().key()))
                .toList();
        for (SectionData d : ordered) {
            SectionDefinition def = d.definition();
            ReportTexts texts = new ReportTexts(def.bundle(), locale, d.texts());
            List<Figure> figures = new ArrayList<>();
            List<FigureTable> tables = new ArrayList<>();
            for (FigureDefinition f : def.figures()) {
                String label = texts.text(f.key() + ".label", f.key());
                String definition = texts.text(f.key() + ".definition", "");
                if (f.table()) {
                    FigureTable table = table(f, label, definition, texts, d.current(), d.previous());
                    empty &= table.rows().stream().noneMatch(r -> isActivity(r, f.unit()));
                    tables.add(table);
                } else {
                    Figure figure = new Figure(f.key(), label, definition, f.unit(), d.current().number(f.key()),
                            d.previous().number(f.key()));
                    empty &= !isActivity(figure, f.unit());
                    figures.add(figure);
                }
            }
            sections.add(new ReportSection(def.key(), texts.text("section." + def.key() + ".title", def.key()),
                    figures, tables));
        }
        List<IndicatorResult> indicators = new ArrayList<>();
        targets.stream()
                .filter(t -> t.year() == year)
                .sorted(Comparator.comparing(IndicatorTarget::funder).thenComparing(IndicatorTarget::figureKey))
                .forEach(t -> {
                    Figure figure = sections.stream().flatMap(s -> s.figures().stream())
                            .filter(f -> f.key().equals(t.figureKey())).findFirst()
                            .orElseGet(() -> new Figure(t.figureKey(), t.figureKey(), "", Unit.COUNT, Optional.empty(),
                                    Optional.empty()));
                    indicators.add(new IndicatorResult(t, figure, TargetAttainmentPolicy.isMet(t, figure.value())));
                });
        return new ActivityReport(year, locale, builtAt, indicators, sections, empty);
    }

    private static FigureTable table(FigureDefinition f, String label, String definition, ReportTexts texts,
            YearFigures current, YearFigures previous) {
        Map<String, TableRow> now = new LinkedHashMap<>();
        current.rows(f.key()).forEach(r -> now.put(r.item(), r));
        Map<String, TableRow> before = new LinkedHashMap<>();
        previous.rows(f.key()).forEach(r -> before.put(r.item(), r));
        Map<String, String> items = new LinkedHashMap<>();
        now.values().forEach(r -> items.put(r.item(), r.label()));
        before.values().forEach(r -> items.putIfAbsent(r.item(), r.label()));
        List<Figure> rows = new ArrayList<>();
        items.forEach((item, itemLabel) -> rows.add(new Figure(f.key() + "." + item,
                texts.text(f.key() + ".row." + item, itemLabel), definition, f.unit(),
                Optional.ofNullable(now.get(item)).map(TableRow::value),
                Optional.ofNullable(before.get(item)).map(TableRow::value))));
        return new FigureTable(f.key(), label, definition, f.unit(), rows);
    }

    /** Whether a figure shows activity in the report year: a count or an amount above zero. */
    private static boolean isActivity(Figure figure, Unit unit) {
        return (unit == Unit.COUNT || unit == Unit.EUROS || unit == Unit.DAYS || unit == Unit.HOURS)
                && figure.value().map(BigDecimal::signum).orElse(0) > 0;
    }
}
