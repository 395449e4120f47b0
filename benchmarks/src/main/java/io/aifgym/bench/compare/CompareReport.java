package io.aifgym.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown and HTML reports of a comparison: a header (envs, agents, seeds, runs, time), then
 * per env its budget, a table with one row per agent that ran (mean return, success rate, steps
 * to goal or regret, each as {@code mean [95% CI]}, and each agent's paired difference to the
 * reference agent), the agents that cannot act in it with the reason, and its learning-curve
 * figure; then how the keys and the intervals were made.
 */
public final class CompareReport {

    /** The Markdown report's file name. */
    public static final String MARKDOWN = "report.md";
    /** The HTML report's file name. */
    public static final String HTML = "report.html";

    private CompareReport() {
    }

    /**
     * What a report says about the run as a whole.
     *
     * @param title the report's title (the config file's name)
     * @param config the config
     * @param runs the number of runs
     * @param envSteps the env steps of all runs
     * @param wallSeconds the wall-clock seconds of all runs
     * @param figures per env display name, the file name of its learning-curve figure
     */
    public record Context(String title, CompareConfig config, int runs, long envSteps, double wallSeconds,
            Map<String, String> figures) {

        /** Copies the map. */
        public Context {
            figures = Map.copyOf(figures);
        }
    }

    /**
     * The columns of an env's table.
     *
     * @param table the table
     * @return the column titles
     */
    static List<String> header(CompareSummary.EnvTable table) {
        String ref = table.reference() == null ? "reference" : table.reference();
        List<String> h = new ArrayList<>(List.of("agent", "episodes", "mean return", "\u0394 return vs " + ref));
        if (table.successDefined()) {
            h.add("success rate");
            h.add("\u0394 success vs " + ref);
        }
        if (table.third() != CompareSummary.ThirdMetric.NONE) {
            h.add(table.third().title());
            h.add("\u0394 " + table.third().title() + " vs " + ref);
        }
        return h;
    }

    /**
     * The cells of one agent's row.
     *
     * @param table the table
     * @param row the row
     * @return the cells, in {@link #header} order
     */
    static List<String> cells(CompareSummary.EnvTable table, CompareSummary.AgentRow row) {
        String refCell = "(reference)";
        List<String> c = new ArrayList<>(List.of(row.agent() + (row.stepLimitRuns() > 0 ? " *" : ""),
                Long.toString(row.episodes()), row.meanReturn().format(),
                row.reference() ? refCell : row.returnDifference().formatSigned()));
        if (table.successDefined()) {
            c.add(row.successRate().formatPercent());
            c.add(row.reference() ? refCell : row.successDifference().formatPoints());
        }
        if (table.third() != CompareSummary.ThirdMetric.NONE) {
            c.add(row.third().format());
            c.add(row.reference() ? refCell : row.thirdDifference().formatSigned());
        }
        return c;
    }

    /**
     * An env's table in Markdown.
     *
     * @param table the table
     * @return the Markdown table, one row per agent that ran (or a line saying none did)
     */
    public static String markdownTable(CompareSummary.EnvTable table) {
        if (table.rows().isEmpty()) {
            return "No agent can act in this env.\n";
        }
        StringBuilder sb = new StringBuilder();
        List<String> h = header(table);
        sb.append("| ").append(String.join(" | ", h)).append(" |\n");
        sb.append("|").append(" --- |".repeat(h.size())).append('\n');
        for (CompareSummary.AgentRow row : table.rows()) {
            List<String> cells = cells(table, row);
            sb.append("| ");
            for (int i = 0; i < cells.size(); i++) {
                sb.append(i == 0 ? "" : " | ").append(cells.get(i).replace("|", "\\|"));
            }
            sb.append(" |\n");
        }
        return sb.toString();
    }

    /**
     * The whole report in Markdown.
     *
     * @param summary the statistics
     * @param context the run as a whole
     * @return the Markdown text
     */
    public static String markdown(CompareSummary summary, Context context) {
        StringBuilder sb = new StringBuilder();
        sb.append("# aifgym compare: ").append(context.title()).append("\n\n");
        sb.append(overview(summary, context)).append("\n\n");
        sb.append(cellNote(summary)).append("\n");
        for (CompareSummary.EnvTable t : summary.envs()) {
            sb.append("\n## ").append(t.env());
            if (!t.env().equals(t.envId())) {
                sb.append(" (").append(t.envId()).append(')');
            }
            sb.append("\n\n").append(envLine(t)).append("\n\n");
            sb.append(markdownTable(t));
            if (t.rows().stream().anyMatch(r -> r.stepLimitRuns() > 0)) {
                sb.append("\n\\* some runs stopped at maxSteps before their episodes ended.\n");
            }
            if (!t.skipped().isEmpty()) {
                sb.append("\nNot run in this env:\n\n");
                for (CompareResult.Skipped s : t.skipped()) {
                    sb.append("- ").append(s.agent()).append(": ").append(s.reason()).append('\n');
                }
            }
            String figure = context.figures().get(t.env());
            if (figure != null && !t.rows().isEmpty()) {
                sb.append("\n![").append(t.env()).append(" learning curves](").append(figure).append(")\n");
            }
        }
        sb.append("\n## Method\n\n");
        for (String p : method(summary)) {
            sb.append(p).append("\n\n");
        }
        return sb.toString();
    }

    /**
     * The whole report in HTML (one self-contained page; figures are linked PNG files).
     *
     * @param summary the statistics
     * @param context the run as a whole
     * @return the HTML text
     */
    public static String html(CompareSummary summary, Context context) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>aifgym compare: ")
                .append(esc(context.title())).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:1em 0}\n")
                .append("th,td{border:1px solid #ccc;padding:4px 8px;text-align:right;white-space:nowrap}\n")
                .append("th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}\n")
                .append("tr.reference td{background:#fafaf0}\nimg{max-width:100%}\n.note{color:#555}\n")
                .append("</style>\n</head>\n<body>\n");
        sb.append("<h1>aifgym compare: ").append(esc(context.title())).append("</h1>\n");
        sb.append("<p>").append(esc(overview(summary, context))).append("</p>\n");
        sb.append("<p class=\"note\">").append(esc(cellNote(summary))).append("</p>\n");
        for (CompareSummary.EnvTable t : summary.envs()) {
            sb.append("<h2>").append(esc(t.env()));
            if (!t.env().equals(t.envId())) {
                sb.append(" (").append(esc(t.envId())).append(')');
            }
            sb.append("</h2>\n<p>").append(esc(envLine(t))).append("</p>\n");
            if (t.rows().isEmpty()) {
                sb.append("<p>No agent can act in this env.</p>\n");
            } else {
                sb.append("<table>\n<tr>");
                for (String h : header(t)) {
                    sb.append("<th>").append(esc(h)).append("</th>");
                }
                sb.append("</tr>\n");
                for (CompareSummary.AgentRow row : t.rows()) {
                    sb.append(row.reference() ? "<tr class=\"reference\">" : "<tr>");
                    for (String c : cells(t, row)) {
                        sb.append("<td>").append(esc(c)).append("</td>");
                    }
                    sb.append("</tr>\n");
                }
                sb.append("</table>\n");
            }
            if (t.rows().stream().anyMatch(r -> r.stepLimitRuns() > 0)) {
                sb.append("<p class=\"note\">* some runs stopped at maxSteps before their episodes ended.</p>\n");
            }
            if (!t.skipped().isEmpty()) {
                sb.append("<p>Not run in this env:</p>\n<ul>\n");
                for (CompareResult.Skipped s : t.skipped()) {
                    sb.append("<li>").append(esc(s.agent())).append(": ").append(esc(s.reason())).append("</li>\n");
                }
                sb.append("</ul>\n");
            }
            String figure = context.figures().get(t.env());
            if (figure != null && !t.rows().isEmpty()) {
                sb.append("<p><img src=\"").append(esc(figure)).append("\" alt=\"").append(esc(t.env()))
                        .append(" learning curves\"></p>\n");
            }
        }
        sb.append("<h2>Method</h2>\n");
        for (String p : method(summary)) {
            sb.append("<p>").append(esc(p).replace("`", "")).append("</p>\n");
        }
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static String overview(CompareSummary summary, Context c) {
        CompareConfig config = c.config();
        return String.format(Locale.ROOT, "%d env%s x %d agent%s x %d seed%s (%s): %d runs, %d env steps, %.1f s on "
                + "%d thread%s.", config.envs().size(), plural(config.envs().size()), config.agents().size(),
                plural(config.agents().size()), config.seeds().size(), plural(config.seeds().size()),
                seedList(config.seeds()), c.runs(), c.envSteps(), c.wallSeconds(), config.threads(),
                plural(config.threads()));
    }

    private static String cellNote(CompareSummary summary) {
        return "Each cell: the mean over seeds [95% percentile bootstrap interval over seeds, " + summary.resamples()
                + " resamples]. \u0394: the paired difference to the reference agent (the first agent that runs in "
                + "the env) over the same seeds, which met the same env keys; pp: percentage points.";
    }

    private static String envLine(CompareSummary.EnvTable t) {
        String success = switch (t.success()) {
            case TERMINAL_REWARD -> "success: the episode terminated with a positive last reward";
            case TERMINATED -> "success: the episode terminated";
            case POSITIVE_RETURN -> "success: a positive return";
            case NONE -> "no success rule";
        };
        String third = switch (t.third()) {
            case REGRET -> "; regret: the sum of the env's per-step regret over an episode";
            case STEPS_TO_GOAL -> "; steps to goal: the mean length of the successful episodes";
            case NONE -> "";
        };
        return "Budget per run: " + t.budget() + "; statistics over " + t.scope() + "; " + success + third + ".";
    }

    private static List<String> method(CompareSummary summary) {
        return List.of(
                "Paired seeds. For seed s, env e and agent a, the env key is `Key.of(s).fold(h(e))` and the agent key "
                        + "`envKey.child(2).fold(h(a))`, where h is the 64-bit FNV-1a hash of the id and the config "
                        + "as compact JSON. The env copies reset with `envKey.child(0)` and step t uses "
                        + "`envKey.child(1).fold(t)`; the agents initialise with `agentKey.child(0)` and act at "
                        + "step t with `agentKey.child(1).fold(t)`. Every agent of a seed therefore meets the same "
                        + "initial states and the same env draws at the same step, and two entries of the same "
                        + "agent with the same config act identically.",
                "Statistics. Each run (env, agent, seed) gives one value per statistic, over its episodes (the "
                        + "last lastEpisodes of them where the env sets it): their mean return, the fraction of them that succeeded, the mean length of the successful ones "
                        + "(steps to goal), or the mean regret per episode where the env reports a regret metric. "
                        + "A cell is the mean of these values over seeds with the 2.5th and 97.5th percentiles of "
                        + summary.resamples() + " bootstrap means (seeds resampled with replacement; indices drawn "
                        + "from a key that depends on the env and the statistic only, so every agent of an env is "
                        + "resampled on the same seeds). A difference is the same for the per-seed differences to "
                        + "the reference agent. A seed without a value (no successful episode) is left out.",
                "Learning curves. A run of episodes is cut into at most " + LearningCurve.MAX_POINTS + " windows of "
                        + "consecutive episodes (a point is the mean return of the window), a run of steps into "
                        + "windows of consecutive steps (a point is the mean reward per step); the line is the mean "
                        + "over seeds and the band its 95% bootstrap interval.",
                "Runs are independent tasks on a fixed thread pool; the results do not depend on the number of "
                        + "threads. The full config, the versions and the platform are in provenance.json, every "
                        + "episode in episodes.csv.");
    }

    private static String seedList(List<Long> seeds) {
        boolean consecutive = true;
        for (int i = 0; i < seeds.size(); i++) {
            consecutive &= seeds.get(i) == seeds.get(0) + i;
        }
        if (seeds.size() == 1) {
            return "seed " + seeds.get(0);
        }
        if (consecutive) {
            return "seeds " + seeds.get(0) + " to " + seeds.get(seeds.size() - 1);
        }
        List<String> shown = seeds.stream().limit(10).map(String::valueOf).toList();
        return "seeds " + String.join(", ", shown) + (seeds.size() > 10 ? ", ..." : "");
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /**
     * Escapes text for HTML.
     *
     * @param s the text
     * @return the escaped text
     */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
