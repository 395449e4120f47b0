package io.aifgym.bench.study;

import io.aifgym.bench.results.AifgymVersion;
import io.aifgym.bench.results.Provenance;
import io.aifgym.bench.study.Scenario.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The study's {@value #INDEX} report: the settings, the headline figures (group-mean KL after
 * the first block, block 10 and the last block for every {@code alpha}), every figure with one
 * line of description, how the divergence is defined and why it differs from the notebook's
 * cell, and the run's speed.
 */
public final class StudyReport {

    /** The report file. */
    public static final String INDEX = "index.html";

    private StudyReport() {
    }

    /**
     * The blocks the headline table reports: the first, the tenth and the last (those that exist).
     *
     * @param blocks the number of blocks
     * @return block numbers from 1, increasing, distinct
     */
    public static List<Integer> headlineBlocks(int blocks) {
        List<Integer> out = new ArrayList<>();
        for (int b : new int[] {1, 10, blocks}) {
            if (b <= blocks && !out.contains(b)) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * The text of {@value #INDEX} ({@link StudyOutput} writes it with the other files).
     *
     * @param folder the output folder, against which the figures' files are named
     * @param result the study
     * @param figures each scenario's figures, in the result's order
     * @param command the command line that ran the study, for the record
     * @return the HTML
     */
    static String html(Path folder, StudyResult result, Map<Scenario, List<StudyPlots.Figure>> figures,
            String command) {
        StudySettings st = result.settings();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>aifgym learning-gridworld study</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:1400px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:0.5em 0 1em}td,th{border:1px solid #ccc;")
                .append("padding:3px 8px;text-align:right}th{background:#f3f3f3}td:first-child{text-align:left}\n")
                .append("img{max-width:100%;border:1px solid #ddd;margin:0.3em 0}figure{margin:1em 0}\n")
                .append("figcaption{color:#555}code{background:#f5f5f5;padding:1px 3px}\n</style>\n</head>\n<body>\n");
        h.append("<h1>Learning in a grid world: active inference agents learn A and B</h1>\n");
        h.append("<p>A reproduction of pymdp's notebook <code>examples/learning/learning_gridworld.ipynb</code> ")
                .append("with aifgym's <code>AifAgent</code> (pymdp 1.0 semantics) on aifgym's <code>GridWorld</code>, ")
                .append("run through <code>Rollout</code> on a <code>VectorEnv</code>. Command: <code>")
                .append(escape(command)).append("</code>.</p>\n");
        h.append("<p>GridWorld 7x7, start (3,3), no stay action (49 states, 4 actions). ").append(st.alphas().size())
                .append(" groups of ").append(st.agents()).append(" agents with alpha = ").append(alphas(st))
                .append("; gamma 1, policy length 3 (64 policies), no utility, state and parameter information ")
                .append("gain, stochastic action selection, exact inference (one iteration), offline learning, C = 0. ")
                .append("Every block resets the env with one key per agent and runs ").append(st.agentStepsPerBlock())
                .append(" agent steps (pymdp's T = ").append(st.steps()).append("); the agents learn once at its ")
                .append("end from their smoothed beliefs and carry what they learned into the next block ")
                .append("(beliefs restart from D). Seed ").append(st.seed()).append(".</p>\n");

        h.append("<h2>Headline figures</h2>\n");
        h.append("<p>Group-mean KL divergence of the learned Dirichlet parameters from the truth after the first, ")
                .append("the tenth and the last block (definition below).</p>\n");
        for (ScenarioResult s : result.scenarios()) {
            h.append(headlineTable(s));
        }
        h.append("<p>Speed: ").append(result.agentSteps()).append(" agent steps in ")
                .append(format("%.1f", result.wallSeconds())).append(" s wall time (")
                .append(format("%.0f", result.agentSteps() / result.wallSeconds())).append(" agent steps/s) on ")
                .append(st.threads()).append(" thread(s), ").append(escape(platform())).append(", aifgym ")
                .append(escape(AifgymVersion.get())).append(".</p>\n");

        for (ScenarioResult s : result.scenarios()) {
            h.append("<h2>Scenario ").append(s.scenario().number()).append(": ")
                    .append(escape(s.scenario().description())).append("</h2>\n");
            h.append("<p>").append(s.blocks()).append(" blocks; ").append(trend(s)).append("</p>\n");
            for (StudyPlots.Figure f : figures.getOrDefault(s.scenario(), List.of())) {
                String name = folder.toAbsolutePath().relativize(f.file().toAbsolutePath()).toString();
                h.append("<figure><img src=\"").append(escape(name)).append("\" alt=\"").append(escape(f.caption()))
                        .append("\"><figcaption>").append(escape(f.caption())).append("</figcaption></figure>\n");
            }
        }

        h.append("<h2>How the divergence is measured</h2>\n");
        h.append("<p>For every column of a learned Dirichlet (one distribution over axis 0: the observation for ")
                .append("pA, the next state for pB) the KL divergence KL(Dir(q) || Dir(p)) from the notebook's ")
                .append("reference p = 1e4 &middot; truth + 1e-4, averaged over the states and, for B, summed over ")
                .append("the actions (the notebook's <code>.mean(-1)</code> and <code>.sum(-1).mean(-1)</code>). ")
                .append("Files: <code>").append(StudyFiles.KL_AGENTS).append("</code> (every agent), <code>")
                .append(StudyFiles.KL_GROUPS).append("</code> (group mean, min, max), <code>")
                .append(StudyFiles.KL_JSON).append("</code> (all curves), <code>").append(StudyFiles.RUN_JSON)
                .append("</code> (times).</p>\n");
        h.append("<p>Why the notebook's numbers differ: its cell compares the batched pB, of shape ")
                .append("(batch, 49, 49, 4), with the unbatched reference, of shape (49, 49, 4), and sums both over ")
                .append("axis 1. For pB that is the next state (right), for the reference it is the current state, ")
                .append("so every column (s, u) gets the reference normaliser sum_j p[s, j, u] instead of ")
                .append("sum_j p[j, s, u]. On the grid those sums count how many states a move comes from (0, 1 or 2 ")
                .append("at the borders) rather than 1, so the ln&Gamma;(p0) term is off by up to ln&Gamma;(2e4) per ")
                .append("column; once the learned part has converged this error dominates and the notebook's curve ")
                .append("goes negative, which a KL divergence cannot. The column <code>kl_notebook</code> recomputes ")
                .append("the notebook's value for comparison. For A the truth is the identity, whose row and column ")
                .append("sums agree, so both values are the same.</p>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static String headlineTable(ScenarioResult s) {
        StringBuilder h = new StringBuilder();
        List<Integer> blocks = headlineBlocks(s.blocks());
        for (Parameter p : s.scenario().tracked()) {
            h.append("<table>\n<caption style=\"text-align:left\">Scenario ").append(s.scenario().number())
                    .append(": KL of p").append(p.name()).append(" (").append(escape(s.scenario().description()))
                    .append(")</caption>\n<tr><th>alpha</th>");
            for (int b : blocks) {
                h.append("<th>after block ").append(b).append("</th>");
            }
            h.append("<th>notebook's value after block ").append(s.blocks()).append("</th></tr>\n");
            for (GroupResult g : s.groups()) {
                h.append("<tr><td>").append(format("%.1f", g.alpha())).append("</td>");
                for (int b : blocks) {
                    h.append("<td>").append(format("%.4g", g.kl(p).mean(b - 1))).append("</td>");
                }
                h.append("<td>").append(format("%.4g", g.notebookKl().get(p).mean(s.blocks() - 1)))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.toString();
    }

    /** One sentence per tracked parameter: from what to what the group means moved. */
    private static String trend(ScenarioResult s) {
        List<String> parts = new ArrayList<>();
        for (Parameter p : s.scenario().tracked()) {
            double firstLo = Double.POSITIVE_INFINITY;
            double firstHi = Double.NEGATIVE_INFINITY;
            double lastLo = Double.POSITIVE_INFINITY;
            double lastHi = Double.NEGATIVE_INFINITY;
            for (GroupResult g : s.groups()) {
                double first = g.kl(p).mean(0);
                double last = g.kl(p).mean(s.blocks() - 1);
                firstLo = Math.min(firstLo, first);
                firstHi = Math.max(firstHi, first);
                lastLo = Math.min(lastLo, last);
                lastHi = Math.max(lastHi, last);
            }
            boolean learned = p == Parameter.A ? s.scenario().learnA() : s.scenario().learnB();
            parts.add("the group-mean KL of p" + p.name() + (learned ? "" : " (not learned)") + " went from "
                    + range(firstLo, firstHi) + " after block 1 to " + range(lastLo, lastHi) + " after block "
                    + s.blocks());
        }
        String out = String.join("; ", parts) + ".";
        if (s.groups().size() > 1 && allGroupsEqual(s)) {
            out += " The curves of all alpha groups coincide"
                    + (s.scenario().tracked().contains(Parameter.B) && !s.scenario().learnB()
                    ? ": the agents' B is the same for every action, so every policy has the same expected free "
                            + "energy, q_pi is uniform whatever alpha is, and the groups share their random keys."
                    : ".");
        }
        return out;
    }

    private static boolean allGroupsEqual(ScenarioResult s) {
        for (GroupResult g : s.groups()) {
            if (!g.kl().equals(s.groups().get(0).kl())) {
                return false;
            }
        }
        return true;
    }

    private static String range(double lo, double hi) {
        String a = format("%.3g", lo);
        String b = format("%.3g", hi);
        return a.equals(b) ? a : a + "&ndash;" + b;
    }

    private static String alphas(StudySettings st) {
        List<String> out = new ArrayList<>();
        for (double a : st.alphas()) {
            out.add(format("%.1f", a));
        }
        return String.join(", ", out);
    }

    private static String platform() {
        Provenance.Platform p = Provenance.Platform.current();
        return p.availableProcessors() + " processors, " + p.osName() + " " + p.osArch() + ", Java " + p.javaVersion();
    }

    private static String format(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
