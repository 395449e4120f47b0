package io.aifgym.bench.study;

import io.aifgym.agents.aif.maths.Dirichlet;
import io.aifgym.bench.study.Scenario.Parameter;
import io.aifgym.gym.tensor.DoubleTensor;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The study's figures, drawn headless with XChart as PNG (written with the other files by
 * {@link StudyOutput}, all or none), like the
 * notebook's: the divergence from the truth against the block, one bold line per
 * {@code alpha} (the group mean) over faint lines per agent, on a logarithmic axis (one panel
 * per tracked parameter); heatmaps of the first agent's learned B per action beside the true
 * B; heatmaps of the learned A of the first five agents of each group beside the true A.
 * Heatmaps share the colour scale 0 to 1 (viridis), with rows (the next state or the
 * observation) top to bottom and columns (the current state) left to right, as seaborn draws a
 * matrix.
 */
public final class StudyPlots {

    /** matplotlib's tab10 colours, one per group. */
    private static final Color[] GROUP_COLOURS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f)};
    /** viridis, ten stops from 0 to 1. */
    private static final Color[] VIRIDIS = {new Color(0x440154), new Color(0x482878), new Color(0x3E4A89),
        new Color(0x31688E), new Color(0x26828E), new Color(0x1F9E89), new Color(0x35B779), new Color(0x6DCD59),
        new Color(0xB4DE2C), new Color(0xFDE725)};
    private static final List<String> ACTION_LABELS = List.of("Up", "Right", "Down", "Left", "Stay");
    private static final int CELL = 190;
    private static final int LABEL_WIDTH = 120;
    private static final int TITLE_HEIGHT = 56;
    private static final int COLUMN_TITLE_HEIGHT = 24;
    private static final int BAR_WIDTH = 70;
    private static final int MIN_WIDTH = 900;
    private static final BasicStroke BOLD = new BasicStroke(3f);
    private static final BasicStroke FAINT = new BasicStroke(1f);

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private StudyPlots() {
    }

    /**
     * A written figure.
     *
     * @param file the PNG file
     * @param caption one line saying what it shows
     */
    public record Figure(Path file, String caption) {
    }

    /**
     * A drawn figure, not yet written.
     *
     * @param figure where it goes and what it shows
     * @param png the PNG file's bytes
     */
    public record Drawn(Figure figure, byte[] png) {
    }

    /**
     * Draws every figure of a scenario as PNG bytes, without writing them.
     *
     * @param folder the output folder the figures will be written to
     * @param result the scenario
     * @param truth the true A and B of the grid
     * @return the figures, in reading order
     * @throws IOException if an image cannot be encoded
     */
    public static List<Drawn> draw(Path folder, ScenarioResult result, Truth truth) throws IOException {
        List<Drawn> figures = new ArrayList<>();
        int n = result.scenario().number();
        figures.add(new Drawn(new Figure(folder.resolve("scenario-" + n + "-kl.png"), "KL divergence of the learned "
                + names(result) + " from the truth after every block: bold = group mean per alpha, faint = single "
                + "agents"), png(klFigure(result))));
        if (result.scenario().learnA()) {
            figures.add(new Drawn(new Figure(folder.resolve("scenario-" + n + "-A.png"), "learned A (E[pA]) of the "
                    + "first five agents of each group after the last block, beside the true A (rows: observation, "
                    + "columns: state)"), png(aFigure(result, truth))));
        }
        if (result.scenario().tracked().contains(Parameter.B)) {
            figures.add(new Drawn(new Figure(folder.resolve("scenario-" + n + "-B.png"), (result.scenario().learnB()
                    ? "learned B (E[pB])" : "B = E[pB], not learned,") + " of the first agent of each group after "
                    + "the last block, per action, beside the true B (rows: next state, columns: state)"),
                    png(bFigure(result, truth))));
        }
        return figures;
    }

    private static String names(ScenarioResult result) {
        List<String> out = new ArrayList<>();
        for (Parameter p : result.scenario().tracked()) {
            out.add("p" + p.name());
        }
        return String.join(" and ", out);
    }

    /**
     * The true tensors a figure compares with.
     *
     * @param a the true A[0] {@code (No, Ns)}
     * @param b the true B[0] {@code (Ns, Ns, Nu)}
     */
    public record Truth(DoubleTensor a, DoubleTensor b) {
    }

    /**
     * The KL figure: one panel per tracked parameter, side by side.
     *
     * @param result the scenario
     * @return the image
     */
    public static BufferedImage klFigure(ScenarioResult result) {
        List<BufferedImage> panels = new ArrayList<>();
        for (Parameter p : result.scenario().tracked()) {
            panels.add(BitmapEncoder.getBufferedImage(klChart(result, p)));
        }
        int w = 0;
        int h = 0;
        for (BufferedImage img : panels) {
            w += img.getWidth();
            h = Math.max(h, img.getHeight());
        }
        BufferedImage out = canvas(w, h + TITLE_HEIGHT);
        Graphics2D g = graphics(out);
        title(g, "Scenario " + result.scenario().number() + ": " + result.scenario().description(), w);
        int x = 0;
        for (BufferedImage img : panels) {
            g.drawImage(img, x, TITLE_HEIGHT, null);
            x += img.getWidth();
        }
        g.dispose();
        return out;
    }

    /**
     * One KL panel.
     *
     * @param result the scenario
     * @param parameter the parameter
     * @return the chart
     */
    public static XYChart klChart(ScenarioResult result, Parameter parameter) {
        boolean learned = parameter == Parameter.A ? result.scenario().learnA() : result.scenario().learnB();
        XYChart chart = new XYChartBuilder().width(720).height(480)
                .title(parameter.name() + " (p" + parameter.name() + (learned ? ")" : ", not learned)"))
                .xAxisTitle("block").yAxisTitle("KL divergence").build();
        XYStyler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesColor(new Color(0xDDDDDD));
        styler.setLegendBorderColor(new Color(0xCCCCCC));
        styler.setMarkerSize(0);
        double[] x = new double[result.blocks()];
        for (int b = 0; b < x.length; b++) {
            x[b] = b + 1;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        List<GroupResult> groups = result.groups();
        for (int gi = 0; gi < groups.size(); gi++) {
            KlCurves kl = groups.get(gi).kl(parameter);
            Color colour = GROUP_COLOURS[gi % GROUP_COLOURS.length];
            Color faint = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 50);
            for (int i = 0; i < kl.agents(); i++) {
                double[] y = kl.agent(i);
                for (double v : y) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                XYSeries s = chart.addSeries("g" + gi + "a" + i, x, y);
                s.setLineColor(faint);
                s.setLineStyle(FAINT);
                s.setMarker(SeriesMarkers.NONE);
                s.setShowInLegend(false);
            }
        }
        for (int gi = 0; gi < groups.size(); gi++) {
            double[] y = groups.get(gi).kl(parameter).means();
            XYSeries s = chart.addSeries(String.format(Locale.ROOT, "alpha = %.1f", groups.get(gi).alpha()), x, y);
            s.setLineColor(GROUP_COLOURS[gi % GROUP_COLOURS.length]);
            s.setLineStyle(BOLD);
            s.setMarker(SeriesMarkers.NONE);
        }
        if (min > 0 && max > 20 * min) {
            styler.setYAxisLogarithmic(true);
            styler.setYAxisTickLabelsFormattingFunction(v -> String.format(Locale.ROOT, "%.0e", v));
        } else {
            // a flat or nearly flat curve (an unlearned parameter) reads better on a linear axis
            double pad = Math.max(0.05 * (max - min), 0.05 * Math.abs(max));
            styler.setYAxisMin(min - pad);
            styler.setYAxisMax(max + pad);
            styler.setYAxisTickLabelsFormattingFunction(v -> String.format(Locale.ROOT, "%.3g", v));
        }
        styler.setXAxisMin(1.0);
        styler.setXAxisMax((double) result.blocks());
        return chart;
    }

    /**
     * The B figure: one row per group (the first agent's E[pB]) and the true B, one column per action.
     *
     * @param result the scenario
     * @param truth the truth
     * @return the image
     */
    public static BufferedImage bFigure(ScenarioResult result, Truth truth) {
        int nu = truth.b().dim(2);
        List<String> rowLabels = new ArrayList<>();
        List<List<double[][]>> rows = new ArrayList<>();
        for (GroupResult g : result.groups()) {
            DoubleTensor b = Dirichlet.expectedValue(g.learnedPB().get(0));
            rowLabels.add(String.format(Locale.ROOT, "alpha = %.1f", g.alpha()));
            rows.add(actionSlices(b, nu));
        }
        rowLabels.add("true B");
        rows.add(actionSlices(truth.b(), nu));
        List<String> columns = new ArrayList<>(ACTION_LABELS.subList(0, nu));
        return grid("Scenario " + result.scenario().number() + ": " + (result.scenario().learnB()
                ? "learned B of agent 0 of each group" : "B = E[pB] (not learned)") + " after block "
                + result.blocks(), columns, rowLabels, rows);
    }

    /**
     * The A figure: one row per group (its first five agents' E[pA]) and a row of the true A.
     *
     * @param result the scenario
     * @param truth the truth
     * @return the image
     */
    public static BufferedImage aFigure(ScenarioResult result, Truth truth) {
        int shown = Math.min(5, result.groups().get(0).learnedPA().size());
        List<String> rowLabels = new ArrayList<>();
        List<List<double[][]>> rows = new ArrayList<>();
        double[][] trueA = matrix(truth.a().unsafeData(), truth.a().dim(0), truth.a().dim(1), 1, 0);
        for (GroupResult g : result.groups()) {
            rowLabels.add(String.format(Locale.ROOT, "alpha = %.1f", g.alpha()));
            List<double[][]> row = new ArrayList<>();
            for (int i = 0; i < shown; i++) {
                DoubleTensor a = Dirichlet.expectedValue(g.learnedPA().get(i));
                row.add(matrix(a.unsafeData(), a.dim(0), a.dim(1), 1, 0));
            }
            rows.add(row);
        }
        rowLabels.add("true A");
        List<double[][]> trueRow = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            trueRow.add(trueA);
            columns.add("agent " + i);
        }
        rows.add(trueRow);
        return grid("Scenario " + result.scenario().number() + ": learned A of the first " + shown
                + " agents of each group after block " + result.blocks(), columns, rowLabels, rows);
    }

    private static List<double[][]> actionSlices(DoubleTensor b, int nu) {
        List<double[][]> out = new ArrayList<>(nu);
        for (int u = 0; u < nu; u++) {
            out.add(matrix(b.unsafeData(), b.dim(0), b.dim(1), nu, u));
        }
        return out;
    }

    /** Rows x cols of a flat tensor whose last axis (of size stride) is fixed at offset. */
    private static double[][] matrix(double[] data, int rows, int cols, int stride, int offset) {
        double[][] m = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m[r][c] = data[(r * cols + c) * stride + offset];
            }
        }
        return m;
    }

    /** A labelled grid of heatmaps with one colour bar. */
    private static BufferedImage grid(String title, List<String> columns, List<String> rowLabels,
            List<List<double[][]>> cells) {
        int w = Math.max(MIN_WIDTH, LABEL_WIDTH + columns.size() * CELL + BAR_WIDTH);
        int h = TITLE_HEIGHT + COLUMN_TITLE_HEIGHT + rowLabels.size() * CELL + 10;
        BufferedImage out = canvas(w, h);
        Graphics2D g = graphics(out);
        title(g, title, w);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        FontMetrics fm = g.getFontMetrics();
        for (int c = 0; c < columns.size(); c++) {
            String s = columns.get(c);
            g.drawString(s, LABEL_WIDTH + c * CELL + (CELL - fm.stringWidth(s)) / 2, TITLE_HEIGHT + fm.getAscent());
        }
        for (int r = 0; r < rowLabels.size(); r++) {
            int y0 = TITLE_HEIGHT + COLUMN_TITLE_HEIGHT + r * CELL;
            g.setColor(Color.BLACK);
            g.drawString(rowLabels.get(r), 8, y0 + CELL / 2 + fm.getAscent() / 2);
            for (int c = 0; c < columns.size(); c++) {
                BufferedImage img = BitmapEncoder.getBufferedImage(heatMap(cells.get(r).get(c)));
                g.drawImage(img, LABEL_WIDTH + c * CELL, y0, null);
            }
        }
        colourBar(g, LABEL_WIDTH + columns.size() * CELL + 14, TITLE_HEIGHT + COLUMN_TITLE_HEIGHT + 10,
                Math.min(rowLabels.size() * CELL - 20, 400));
        g.dispose();
        return out;
    }

    /** One heatmap without axes or legend, values 0 to 1, row 0 at the top. */
    private static HeatMapChart heatMap(double[][] m) {
        int rows = m.length;
        int cols = m[0].length;
        HeatMapChart chart = new HeatMapChartBuilder().width(CELL).height(CELL).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAxisTicksVisible(false);
        chart.getStyler().setAxisTitlesVisible(false);
        chart.getStyler().setChartTitleVisible(false);
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotBorderVisible(false);
        chart.getStyler().setChartPadding(4);
        chart.getStyler().setPlotMargin(0);
        chart.getStyler().setPlotContentSize(1.0);
        chart.getStyler().setRangeColors(VIRIDIS);
        chart.getStyler().setMin(0.0);
        chart.getStyler().setMax(1.0);
        chart.getStyler().setShowValue(false);
        chart.getStyler().setDrawBorder(false);
        List<Integer> xs = new ArrayList<>(cols);
        List<Integer> ys = new ArrayList<>(rows);
        for (int c = 0; c < cols; c++) {
            xs.add(c);
        }
        for (int r = 0; r < rows; r++) {
            ys.add(r);
        }
        List<Number[]> data = new ArrayList<>(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                data.add(new Number[] {c, rows - 1 - r, m[r][c]});
            }
        }
        chart.addSeries("m", xs, ys, data);
        return chart;
    }

    private static void colourBar(Graphics2D g, int x, int y, int height) {
        int width = 16;
        for (int i = 0; i < height; i++) {
            g.setColor(viridis(1.0 - (double) i / (height - 1)));
            g.fillRect(x, y + i, width, 1);
        }
        g.setColor(Color.BLACK);
        g.drawRect(x, y, width, height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int k = 0; k <= 4; k++) {
            double v = k / 4.0;
            int yy = y + (int) Math.round((1 - v) * height);
            g.drawLine(x + width, yy, x + width + 4, yy);
            g.drawString(String.format(Locale.ROOT, "%.2f", v), x + width + 6, yy + 4);
        }
    }

    /** The viridis colour of a value in [0, 1], interpolated between the stops. */
    static Color viridis(double v) {
        double t = Math.max(0, Math.min(1, v)) * (VIRIDIS.length - 1);
        int i = Math.min((int) t, VIRIDIS.length - 2);
        double f = t - i;
        Color a = VIRIDIS[i];
        Color b = VIRIDIS[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    private static BufferedImage canvas(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(1f));
        return g;
    }

    private static void title(Graphics2D g, String text, int width) {
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, Math.max(8, (width - fm.stringWidth(text)) / 2), 18 + fm.getAscent());
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }
}
