package org.mentormatch.report;

import java.awt.Color;
import java.awt.Rectangle;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.mentormatch.outcome.OutcomeType;

/**
 * A cohort's report as one SVG picture: the funnel from mentees to active pairs above, outcomes by type below.
 * JFreeChart draws on JFreeSVG's Graphics2D, which writes SVG elements instead of pixels, so the picture scales
 * and nothing needs a display.
 */
final class ReportChart {

    static final String MEDIA_TYPE = "image/svg+xml";

    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final int WIDTH = 800;
    private static final int CHART_HEIGHT = 360;
    private static final Color BAR = new Color(0x2F, 0x6D, 0xB5);

    static {
        // AWT (fonts and shapes) on a server with no display: set before any AWT class asks.
        System.setProperty("java.awt.headless", "true");
    }

    private ReportChart() {
    }

    static String draw(CohortReport report) {
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, 2 * CHART_HEIGHT);
        funnel(report).draw(svg, new Rectangle(0, 0, WIDTH, CHART_HEIGHT));
        outcomes(report).draw(svg, new Rectangle(0, CHART_HEIGHT, WIDTH, CHART_HEIGHT));
        // The element without JFreeSVG's DOCTYPE: SVG 2 has none, and a reader would fetch the DTD from w3.org.
        return XML_DECLARATION + svg.getSVGElement();
    }

    private static JFreeChart funnel(CohortReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(report.mentees(), "People", "Mentees");
        data.addValue(report.matched(), "People", "Matched");
        data.addValue(report.active(), "People", "Active pairs");
        data.addValue(report.ended(), "People", "Ended pairs");
        data.addValue(report.menteesWithdrawn().values().stream().mapToLong(Long::longValue).sum(), "People",
                "Mentees withdrawn");
        data.addValue(report.jobRate().withJob(), "People", "Active mentees with a job");
        return bars("%s: from mentee to job".formatted(report.cohortName()), "Mentees or pairs", data);
    }

    private static JFreeChart outcomes(CohortReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (OutcomeType type : OutcomeType.values()) {
            data.addValue(report.outcomesByType().get(type), "Outcomes", type.name());
        }
        return bars("Outcomes by type", "Outcomes", data);
    }

    private static JFreeChart bars(String title, String valueAxis, DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.VERTICAL,
                false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        // Flat bars: the default gradient is drawn as many SVG elements and adds nothing.
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BAR);
        return chart;
    }
}
