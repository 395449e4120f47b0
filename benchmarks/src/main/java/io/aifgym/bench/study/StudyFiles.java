package io.aifgym.bench.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.bench.results.AifgymVersion;
import io.aifgym.bench.results.Provenance;
import io.aifgym.bench.results.ResultWriter;
import io.aifgym.bench.study.Scenario.Parameter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the study's numbers into its output folder, all files or none (temporary files renamed
 * over the targets once all are written): {@value #KL_AGENTS} (one row per scenario, parameter,
 * group, block and agent), {@value #KL_GROUPS} (one row per scenario, parameter, group and block:
 * mean, min, max), {@value #KL_JSON} (the settings and every curve) and {@value #RUN_JSON}
 * (times, version, platform). The first three depend only on the settings (numbers are written as Java's
 * shortest round-trip decimal), so the same seed gives the same bytes on any number of threads.
 */
public final class StudyFiles {

    /** Per-agent divergences. */
    public static final String KL_AGENTS = "kl-agents.csv";
    /** Group summaries of the divergences. */
    public static final String KL_GROUPS = "kl-groups.csv";
    /** Settings and curves as JSON. */
    public static final String KL_JSON = "kl.json";
    /** Times, version and platform. */
    public static final String RUN_JSON = "run.json";

    private StudyFiles() {
    }

    /**
     * Writes the four files, creating the folder if needed, all or none
     * ({@link ResultWriter#writeAll}).
     *
     * @param folder the output folder
     * @param result the study
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(Path folder, StudyResult result) throws IOException {
        Map<Path, byte[]> files = contents(folder, result);
        ResultWriter.writeAll(folder, List.copyOf(files.keySet()), List.copyOf(files.values()));
        return List.copyOf(files.keySet());
    }

    /**
     * The four files and their bytes, not yet written.
     *
     * @param folder the output folder
     * @param result the study
     * @return per file, in the order above, its bytes
     * @throws IOException if the JSON cannot be made
     */
    static Map<Path, byte[]> contents(Path folder, StudyResult result) throws IOException {
        ObjectMapper json = ConfigMappers.json();
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(folder.resolve(KL_AGENTS), agentsCsv(result).getBytes(StandardCharsets.UTF_8));
        files.put(folder.resolve(KL_GROUPS), groupsCsv(result).getBytes(StandardCharsets.UTF_8));
        files.put(folder.resolve(KL_JSON), withNewline(json.writeValueAsBytes(curvesJson(result))));
        files.put(folder.resolve(RUN_JSON), withNewline(json.writeValueAsBytes(runJson(result))));
        return files;
    }

    private static byte[] withNewline(byte[] body) {
        byte[] out = new byte[body.length + 1];
        System.arraycopy(body, 0, out, 0, body.length);
        out[body.length] = '\n';
        return out;
    }

    /**
     * The per-agent CSV: {@code scenario,parameter,alpha,block,agent,kl,kl_notebook}, blocks
     * counted from 1 (the value after that block's learning).
     *
     * @param result the study
     * @return the CSV text
     */
    public static String agentsCsv(StudyResult result) {
        StringBuilder sb = new StringBuilder("scenario,parameter,alpha,block,agent,kl,kl_notebook\n");
        for (ScenarioResult s : result.scenarios()) {
            for (GroupResult g : s.groups()) {
                for (Parameter p : g.kl().keySet()) {
                    KlCurves kl = g.kl(p);
                    KlCurves nb = g.notebookKl().get(p);
                    for (int b = 0; b < kl.blocks(); b++) {
                        for (int i = 0; i < kl.agents(); i++) {
                            sb.append(s.scenario().number()).append(',').append(p).append(',').append(g.alpha())
                                    .append(',').append(b + 1).append(',').append(i).append(',')
                                    .append(kl.value(b, i)).append(',').append(nb.value(b, i)).append('\n');
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * The group CSV: {@code scenario,parameter,alpha,block,mean,min,max,notebook_mean}.
     *
     * @param result the study
     * @return the CSV text
     */
    public static String groupsCsv(StudyResult result) {
        StringBuilder sb = new StringBuilder("scenario,parameter,alpha,block,mean,min,max,notebook_mean\n");
        for (ScenarioResult s : result.scenarios()) {
            for (GroupResult g : s.groups()) {
                for (Parameter p : g.kl().keySet()) {
                    KlCurves kl = g.kl(p);
                    KlCurves nb = g.notebookKl().get(p);
                    for (int b = 0; b < kl.blocks(); b++) {
                        double min = Double.POSITIVE_INFINITY;
                        double max = Double.NEGATIVE_INFINITY;
                        for (int i = 0; i < kl.agents(); i++) {
                            min = Math.min(min, kl.value(b, i));
                            max = Math.max(max, kl.value(b, i));
                        }
                        sb.append(s.scenario().number()).append(',').append(p).append(',').append(g.alpha())
                                .append(',').append(b + 1).append(',').append(kl.mean(b)).append(',').append(min)
                                .append(',').append(max).append(',').append(nb.mean(b)).append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * The settings and every curve, as a JSON-shaped map.
     *
     * @param result the study
     * @return the map
     */
    static Map<String, Object> curvesJson(StudyResult result) {
        StudySettings st = result.settings();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("study", "learning-gridworld");
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("seed", st.seed());
        settings.put("agentsPerGroup", st.agents());
        settings.put("alphas", st.alphas());
        settings.put("stepsT", st.steps());
        settings.put("agentStepsPerBlock", st.agentStepsPerBlock());
        settings.put("env", "GridWorld 7x7, start (3,3), no stay (49 states, 4 actions)");
        settings.put("agent", "gamma 1, policy_len 3, use_utility off, state and parameter info gain on, "
                + "stochastic action selection (full), exact inference (1 iteration), offline learning, C = 0");
        settings.put("klDefinition", "KL(Dir(learned) || Dir(1e4 * true + 1e-4)) per column over axis 0; "
                + "A: mean over states; B: sum over actions of the mean over states");
        root.put("settings", settings);
        List<Object> scenarios = new ArrayList<>();
        for (ScenarioResult s : result.scenarios()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("scenario", s.scenario().number());
            sm.put("description", s.scenario().description());
            sm.put("blocks", s.blocks());
            sm.put("learnA", s.scenario().learnA());
            sm.put("learnB", s.scenario().learnB());
            sm.put("trueD", s.scenario().trueD());
            List<Object> groups = new ArrayList<>();
            for (GroupResult g : s.groups()) {
                Map<String, Object> gm = new LinkedHashMap<>();
                gm.put("alpha", g.alpha());
                Map<String, Object> params = new LinkedHashMap<>();
                for (Parameter p : g.kl().keySet()) {
                    KlCurves kl = g.kl(p);
                    Map<String, Object> pm = new LinkedHashMap<>();
                    pm.put("mean", kl.means());
                    pm.put("notebookMean", g.notebookKl().get(p).means());
                    List<double[]> agents = new ArrayList<>();
                    for (int i = 0; i < kl.agents(); i++) {
                        agents.add(kl.agent(i));
                    }
                    pm.put("agents", agents);
                    params.put(p.name(), pm);
                }
                gm.put("kl", params);
                groups.add(gm);
            }
            sm.put("groups", groups);
            scenarios.add(sm);
        }
        root.put("scenarios", scenarios);
        return root;
    }

    private static Map<String, Object> runJson(StudyResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("aifgymVersion", AifgymVersion.get());
        root.put("platform", Provenance.Platform.current());
        root.put("threads", result.settings().threads());
        root.put("wallSeconds", result.wallSeconds());
        root.put("agentSteps", result.agentSteps());
        root.put("agentStepsPerSecond", result.agentSteps() / result.wallSeconds());
        List<Object> scenarios = new ArrayList<>();
        for (ScenarioResult s : result.scenarios()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("scenario", s.scenario().number());
            sm.put("groupSeconds", s.groupSeconds());
            scenarios.add(sm);
        }
        root.put("scenarios", scenarios);
        return root;
    }
}
