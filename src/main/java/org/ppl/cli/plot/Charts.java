package org.ppl.cli.plot;

import java.awt.Color;
import java.awt.Font;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/** The look all plots share: a plain white chart of one size, small fonts, and one palette. */
final class Charts {
    static final int WIDTH = 480;
    static final int HEIGHT = 320;

    /** Tableau's ten colours (as matplotlib's default cycle): distinct for chains and groups. */
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    static final Color DIVERGENT = new Color(0xd62728);

    private Charts() {}

    static XYChart chart(String title, String xTitle, String yTitle, int width, int height) {
        XYChart c = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        Styler s = c.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(Color.LIGHT_GRAY);
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setSeriesColors(PALETTE);
        c.getStyler().setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        c.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        return c;
    }

    static XYChart chart(String title, String xTitle, String yTitle) {
        return chart(title, xTitle, yTitle, WIDTH, HEIGHT);
    }

    static Color color(int k) {
        return PALETTE[Math.floorMod(k, PALETTE.length)];
    }

    /** {@code c} with opacity {@code alpha} in [0, 255]. */
    static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A line without markers. */
    static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineWidth(1f);
        return s;
    }

    /**
     * Makes XChart place the x axis's ticks at round numbers. Given x values that are all evenly
     * spaced (iterations 1, 2, ..., n), XChart puts a labelled tick at every k-th value and, at our
     * panel size, crowds the labels together; one invisible point off that grid (at x = 1/2, on the
     * first value {@code y}) makes it choose round ticks as for any other data.
     */
    static void ordinaryTicks(XYChart chart, double y) {
        XYSeries s = line(chart, "\u200b", new double[] {0.5}, new double[] {y}, Color.WHITE);
        s.setShowInLegend(false);
        s.setLineWidth(0f);
    }

    /** Points without lines. */
    static XYSeries points(XYChart chart, String name, double[] x, double[] y, Color color) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE);
        s.setMarkerColor(color);
        return s;
    }
}
