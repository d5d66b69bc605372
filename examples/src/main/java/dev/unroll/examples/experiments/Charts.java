package dev.unroll.examples.experiments;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The two kinds of chart the experiments draw, with one look: white, labelled axes, legend outside the plot. */
final class Charts {
    static final int WIDTH = 960, HEIGHT = 540;

    private Charts() {}

    /** Named series of values, in the order given. */
    static final class Series {
        private final Map<String, double[]> values = new LinkedHashMap<>();
        private final Map<String, Integer> colors = new HashMap<>();
        private final Set<String> dashed = new HashSet<>();

        Series add(String name, double[] y) {
            values.put(name, y);
            return this;
        }

        /** Adds a series drawn in the palette's colour {@code index}, to match another chart. */
        Series add(String name, double[] y, int index) {
            colors.put(name, index);
            return add(name, y);
        }

        /** Adds a dashed series in the palette's colour {@code index}: the second of a pair drawn in one colour. */
        Series addDashed(String name, double[] y, int index) {
            dashed.add(name);
            return add(name, y, index);
        }

        Map<String, double[]> values() {
            return values;
        }
    }

    /** One line per series over x = 1, 2, ... (epochs or layers). */
    static XYChart lines(String title, String xTitle, String yTitle, Series series, boolean logY) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        style(chart.getStyler());
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setXAxisDecimalPattern("0");
        for (Map.Entry<String, double[]> s : series.values().entrySet()) {
            double[] y = s.getValue();
            double[] x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = i + 1;
            }
            XYSeries added = chart.addSeries(s.getKey(), x, y);
            added.setMarker(SeriesMarkers.CIRCLE);
            Integer color = series.colors.get(s.getKey());
            if (color != null) {
                added.setLineColor(PALETTE[color]);
                added.setMarkerColor(PALETTE[color]);
            }
            if (series.dashed.contains(s.getKey())) {
                added.setLineStyle(SeriesLines.DASH_DASH);
            }
        }
        return chart;
    }

    /** Grouped bars: one group per category, one bar per series. */
    static CategoryChart bars(String title, String xTitle, String yTitle, List<String> categories, Series series,
                              boolean logY) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        style(chart.getStyler());
        chart.getStyler().setYAxisLogarithmic(logY);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setXAxisLabelRotation(45);
        for (Map.Entry<String, double[]> s : series.values().entrySet()) {
            List<Double> y = new ArrayList<>();
            for (double v : s.getValue()) {
                y.add(v);
            }
            chart.addSeries(s.getKey(), categories, y);
        }
        return chart;
    }

    /** Okabe and Ito's colour-blind-safe palette, then two greys: eight series stay apart. */
    private static final Color[] PALETTE = {new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(86, 180, 233), new Color(213, 94, 0), new Color(0, 0, 0),
        new Color(240, 228, 66), new Color(128, 128, 128), new Color(190, 190, 190)};

    private static void style(AxesChartStyler styler) {
        styler.setSeriesColors(PALETTE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(225, 225, 225));
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setChartPadding(12);
    }
}
