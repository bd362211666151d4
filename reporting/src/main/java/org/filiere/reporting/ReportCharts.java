package org.filiere.reporting;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.filiere.report.Figure;
import org.filiere.report.FigureTable;
import org.filiere.report.Unit;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * The report's charts: each table drawn by JFreeChart as a bar chart of both years, written as an SVG element
 * (JFreeSVG) to be placed inline in the page.
 */
final class ReportCharts {

    /** The most rows a chart shows: the largest of the report year. */
    static final int MOST_BARS = 12;

    private static final int WIDTH = 640;
    private static final Color CURRENT = new Color(0x1f, 0x5f, 0x8b);
    private static final Color PREVIOUS = new Color(0xa6, 0xbd, 0xd7);

    private final java.util.Locale locale;
    private int drawn;

    ReportCharts(java.util.Locale locale) {
        this.locale = locale;
    }

    /**
     * The table as an SVG bar chart, or nothing when no row has a value above zero in either year.
     *
     * @param year the report year, naming the series
     */
    java.util.Optional<String> bars(FigureTable table, int year) {
        List<Figure> rows = table.rows().stream()
                .filter(r -> positive(r.value()) || positive(r.previous()))
                .sorted(Comparator.comparing((Figure r) -> r.value().orElse(BigDecimal.ZERO)).reversed())
                .limit(MOST_BARS)
                .toList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Figure r : rows) {
            String label = r.label().length() > 40 ? r.label().substring(0, 39) + "…" : r.label();
            data.addValue(r.value().orElse(BigDecimal.ZERO), String.valueOf(year), label);
            data.addValue(r.previous().orElse(BigDecimal.ZERO), String.valueOf(year - 1), label);
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, true,
                false, false);
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        if (table.unit() == Unit.COUNT) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        } else {
            axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(locale));
        }
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, CURRENT);
        renderer.setSeriesPaint(1, PREVIOUS);
        int height = 70 + rows.size() * 34;
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
        svg.setDefsKeyPrefix("chart" + (++drawn) + "-");
        chart.draw(svg, new Rectangle(0, 0, WIDTH, height));
        String element = svg.getSVGElement("chart-" + table.key().replace('.', '-'));
        // openhtmltopdf reads an SVG's size only in whole pixels; JFreeSVG writes "640.0"
        return java.util.Optional.of(element.replaceFirst("width='(\\d+)\\.0'", "width='$1'")
                .replaceFirst("height='(\\d+)\\.0'", "height='$1'"));
    }

    private static boolean positive(java.util.Optional<BigDecimal> value) {
        return value.map(BigDecimal::signum).orElse(0) > 0;
    }
}
