package io.aifgym.bench.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The learning curves of a comparison, drawn headless with XChart as PNG (written with the
 * other result files by {@link CompareFiles}): one figure per env, one line per agent (the
 * mean over seeds of each curve point, {@link LearningCurve}) over a translucent band (its 95%
 * bootstrap interval over seeds).
 */
public final class ComparePlots {

    /** matplotlib's tab10 colours, one per agent. */
    private static final Color[] COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 520;
    private static final int BAND_ALPHA = 50;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ComparePlots() {
    }

    /**
     * The colour of the agent at a position of the config.
     *
     * @param index the position, from 0
     * @return its colour
     */
    static Color colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    /**
     * Draws an env's learning curves.
     *
     * @param table the env's table, with its curves
     * @param agentIndex per curve, the agent's position in the config (for its colour)
     * @return the chart
     */
    public static XYChart chart(CompareSummary.EnvTable table, List<Integer> agentIndex) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(table.env() + ": learning curves (mean over " + table.seeds() + " seeds, 95% bootstrap band)")
                .xAxisTitle(table.curveXTitle()).yAxisTitle(table.curveYTitle()).build();
        XYStyler styler = chart.getStyler();
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(true);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        chart.getStyler().setMarkerSize(0);
        double[] x = table.curveX();
        boolean any = false;
        for (int k = 0; k < table.curves().size(); k++) {
            CompareSummary.Curve c = table.curves().get(k);
            Color colour = colour(agentIndex.get(k));
            List<Double> bandX = new ArrayList<>();
            List<Double> bandY = new ArrayList<>();
            List<Double> lineX = new ArrayList<>();
            List<Double> lineY = new ArrayList<>();
            double[] mean = c.mean();
            double[] lower = c.lower();
            double[] upper = c.upper();
            for (int i = 0; i < x.length; i++) {
                if (Double.isFinite(mean[i])) {
                    lineX.add(x[i]);
                    lineY.add(mean[i]);
                    bandX.add(x[i]);
                    bandY.add(upper[i]);
                }
            }
            if (lineX.isEmpty()) {
                continue;
            }
            any = true;
            for (int i = x.length - 1; i >= 0; i--) {
                if (Double.isFinite(mean[i])) {
                    bandX.add(x[i]);
                    bandY.add(lower[i]);
                }
            }
            if (lineX.size() > 1) {
                XYSeries band = chart.addSeries(c.agent() + " (band)", bandX, bandY);
                band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
                band.setFillColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), BAND_ALPHA));
                band.setLineColor(new Color(0, 0, 0, 0));
                band.setMarker(SeriesMarkers.NONE);
                band.setShowInLegend(false);
            }
            XYSeries line = chart.addSeries(c.agent(), lineX, lineY);
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setLineColor(colour);
            line.setLineStyle(new BasicStroke(2.2f));
            line.setMarker(lineX.size() == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
            line.setMarkerColor(colour);
        }
        if (!any) {
            XYSeries empty = chart.addSeries("no episode ended", new double[] {0}, new double[] {0});
            empty.setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }

    /**
     * Draws an env's learning curves as PNG bytes.
     *
     * @param table the env's table
     * @param agentIndex per curve, the agent's position in the config
     * @return the PNG file's bytes
     * @throws IOException if the image cannot be encoded
     */
    public static byte[] png(CompareSummary.EnvTable table, List<Integer> agentIndex) throws IOException {
        BufferedImage image = BitmapEncoder.getBufferedImage(chart(table, agentIndex));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
