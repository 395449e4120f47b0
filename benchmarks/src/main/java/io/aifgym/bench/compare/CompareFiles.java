package io.aifgym.bench.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.bench.results.ResultWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a comparison into its output folder, all files or none (temporary files renamed over
 * the targets once all are written): {@value #EPISODES} (one row per episode of every run),
 * {@value #SUMMARY} (every table and curve as numbers), {@value CompareReport#MARKDOWN} and
 * {@value CompareReport#HTML}, one {@code curves-ENV.png} per env, and {@value #PROVENANCE}.
 */
public final class CompareFiles {

    /** The per-episode results. */
    public static final String EPISODES = "episodes.csv";
    /** The tables and curves as JSON. */
    public static final String SUMMARY = "summary.json";
    /** The provenance. */
    public static final String PROVENANCE = "provenance.json";
    /** The columns of {@value #EPISODES}. */
    public static final String EPISODES_HEADER = "env,agent,seed,episode,slot,return,length,terminated,success,regret";

    private CompareFiles() {
    }

    /**
     * Writes every file, creating the folder if needed, all or none
     * ({@link ResultWriter#writeAll}): every file is drawn first, then written to a temporary
     * file, and only when all are on the disk are they renamed over their targets, so a full
     * disk leaves the folder as it was (and no folder where there was none).
     *
     * @param folder the output folder
     * @param result the runs
     * @param summary their statistics
     * @param provenance the provenance
     * @param title the reports' title
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Path folder, CompareResult result, CompareSummary summary,
            CompareProvenance provenance, String title) throws IOException {
        List<Path> files = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        files.add(folder.resolve(EPISODES));
        contents.add(utf8(episodesCsv(result)));
        ObjectMapper json = ConfigMappers.json();
        files.add(folder.resolve(SUMMARY));
        contents.add(utf8(json.writeValueAsString(summaryJson(summary)) + "\n"));
        Map<String, String> figures = figureNames(result.config());
        List<String> agentNames = result.config().agents().stream().map(CompareConfig.AgentEntry::name).toList();
        for (CompareSummary.EnvTable t : summary.envs()) {
            if (t.rows().isEmpty()) {
                continue;
            }
            List<Integer> index = t.curves().stream().map(c -> agentNames.indexOf(c.agent())).toList();
            files.add(folder.resolve(figures.get(t.env())));
            contents.add(ComparePlots.png(t, index));
        }
        CompareReport.Context context = new CompareReport.Context(title, result.config(), provenance.runs(),
                provenance.envSteps(), provenance.wallSeconds(), figures);
        files.add(folder.resolve(CompareReport.MARKDOWN));
        contents.add(utf8(CompareReport.markdown(summary, context)));
        files.add(folder.resolve(CompareReport.HTML));
        contents.add(utf8(CompareReport.html(summary, context)));
        files.add(folder.resolve(PROVENANCE));
        contents.add(utf8(json.writeValueAsString(provenance) + "\n"));
        ResultWriter.writeAll(folder, files, contents);
        return List.copyOf(files);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The file name of each env's learning-curve figure: {@code curves-NAME.png}, the display
     * name in lower case with every run of other characters than letters and digits as one
     * {@code -} (a number appended where two names give the same file).
     *
     * @param config the config
     * @return per env display name, its figure's file name
     */
    public static Map<String, String> figureNames(CompareConfig config) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (CompareConfig.EnvEntry e : config.envs()) {
            String slug = e.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            slug = slug.isEmpty() ? "env" : slug;
            String name = "curves-" + slug + ".png";
            for (int k = 2; !used.add(name); k++) {
                name = "curves-" + slug + "-" + k + ".png";
            }
            out.put(e.name(), name);
        }
        return out;
    }

    /**
     * The per-episode CSV: {@value #EPISODES_HEADER}. {@code success} is empty for an env
     * without a success rule, {@code regret} where the env reports none; names with a comma or
     * quote are quoted.
     *
     * @param result the runs
     * @return the CSV text
     */
    public static String episodesCsv(CompareResult result) {
        StringBuilder sb = new StringBuilder(EPISODES_HEADER).append('\n');
        for (CompareResult.EnvRuns e : result.envs()) {
            boolean success = e.entry().success().defined();
            String env = csv(e.entry().name());
            for (CompareResult.AgentRuns a : e.agents()) {
                String agent = csv(a.entry().name());
                for (RunOutcome r : a.runs()) {
                    for (EpisodeResult ep : r.episodes()) {
                        sb.append(env).append(',').append(agent).append(',').append(r.seed()).append(',')
                                .append(ep.episode()).append(',').append(ep.slot()).append(',')
                                .append(ep.totalReturn()).append(',').append(ep.length()).append(',')
                                .append(ep.terminated()).append(',').append(success ? ep.success() : "").append(',')
                                .append(ep.hasRegret() ? Double.toString(ep.regret()) : "").append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /**
     * The summary as a JSON-shaped map (numbers that are not defined become null).
     *
     * @param summary the statistics
     * @return the map
     */
    static Map<String, Object> summaryJson(CompareSummary summary) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("bootstrapResamples", summary.resamples());
        root.put("confidenceLevel", Bootstrap.LEVEL);
        List<Object> envs = new ArrayList<>();
        for (CompareSummary.EnvTable t : summary.envs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("env", t.env());
            m.put("envId", t.envId());
            m.put("budget", t.budget());
            m.put("scope", t.scope());
            m.put("seeds", t.seeds());
            m.put("reference", t.reference());
            m.put("success", t.success().name());
            m.put("third", t.third().name());
            List<Object> rows = new ArrayList<>();
            for (CompareSummary.AgentRow r : t.rows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("agent", r.agent());
                row.put("agentId", r.agentId());
                row.put("reference", r.reference());
                row.put("episodes", r.episodes());
                row.put("meanReturn", estimate(r.meanReturn()));
                row.put("returnDifference", estimate(r.returnDifference()));
                row.put("successRate", estimate(r.successRate()));
                row.put("successDifference", estimate(r.successDifference()));
                row.put("third", estimate(r.third()));
                row.put("thirdDifference", estimate(r.thirdDifference()));
                row.put("stepLimitRuns", r.stepLimitRuns());
                rows.add(row);
            }
            m.put("rows", rows);
            List<Object> skipped = new ArrayList<>();
            for (CompareResult.Skipped s : t.skipped()) {
                skipped.add(Map.of("agent", s.agent(), "reason", s.reason()));
            }
            m.put("skipped", skipped);
            Map<String, Object> curves = new LinkedHashMap<>();
            curves.put("x", numbers(t.curveX()));
            curves.put("xTitle", t.curveXTitle());
            curves.put("yTitle", t.curveYTitle());
            List<Object> perAgent = new ArrayList<>();
            for (CompareSummary.Curve c : t.curves()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("agent", c.agent());
                cm.put("mean", numbers(c.mean()));
                cm.put("lower", numbers(c.lower()));
                cm.put("upper", numbers(c.upper()));
                perAgent.add(cm);
            }
            curves.put("agents", perAgent);
            m.put("curves", curves);
            envs.add(m);
        }
        root.put("envs", envs);
        return root;
    }

    private static Map<String, Object> estimate(Estimate e) {
        if (!e.defined()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", e.mean());
        m.put("lower", e.lower());
        m.put("upper", e.upper());
        m.put("seeds", e.seeds());
        return m;
    }

    private static List<Double> numbers(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(Double.isFinite(v) ? v : null);
        }
        return out;
    }
}
