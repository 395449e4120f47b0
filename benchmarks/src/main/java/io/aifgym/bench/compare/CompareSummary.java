package io.aifgym.bench.compare;

import io.aifgym.gym.random.Key;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The statistics of a comparison: per env a table with one row per agent, and per env and
 * agent a learning curve with its band.
 *
 * <p>Every statistic is first computed per run (one env, agent and seed), over the run's
 * episodes (its last {@code lastEpisodes} if the env sets them): the mean return; the success
 * rate; the mean length of the successful episodes ("steps to goal"); or, where the env reports a
 * {@code regret} metric, the mean regret per episode. Then, per agent, the mean over seeds with
 * a 95% percentile bootstrap interval over seeds ({@link Bootstrap}), and the paired
 * difference to the reference agent (the first agent of the config that runs in the env): the
 * mean over seeds of {@code value(agent, seed) - value(reference, seed)}, bootstrapped the same
 * way. A seed without a value (no episode ended, no episode reached the goal) is left out of
 * that statistic, and of a difference when either agent lacks it.
 *
 * <p>Bootstrap keys depend on the env and the statistic only ({@link #bootstrapKey}), so every
 * agent of an env is resampled on the same seeds.
 *
 * @param envs one table per env, in config order
 * @param resamples the bootstrap resamples of every interval
 */
public record CompareSummary(List<EnvTable> envs, int resamples) {

    /** The root seed of the bootstrap keys. */
    public static final long BOOTSTRAP_SEED = 0;

    /** Copies the list. */
    public CompareSummary {
        envs = List.copyOf(envs);
    }

    /** The third column of an env's table. */
    public enum ThirdMetric {
        /** The mean regret per episode (the env reports a {@code regret} metric). */
        REGRET("regret per episode"),
        /** The mean length of the successful episodes. */
        STEPS_TO_GOAL("steps to goal"),
        /** Neither: the env reports no regret and has no success rule. */
        NONE("-");

        private final String title;

        ThirdMetric(String title) {
            this.title = title;
        }

        /** @return the column title */
        public String title() {
            return title;
        }
    }

    /**
     * One env's table.
     *
     * @param env the env's display name
     * @param envId the env id
     * @param budget the budget of a run in words
     * @param scope which episodes of a run the statistics use, in words
     * @param seeds the number of seeds
     * @param reference the display name of the reference agent, or null if no agent ran
     * @param successDefined whether the env has a success rule
     * @param success the env's success rule
     * @param third the third metric
     * @param rows one row per agent that ran, in config order
     * @param skipped the agents that cannot act in the env
     * @param curves one learning curve per agent that ran, in config order
     * @param curveX the x value of each curve point
     * @param curveXTitle the x axis title
     * @param curveYTitle the y axis title
     */
    public record EnvTable(String env, String envId, String budget, String scope, int seeds, String reference,
            boolean successDefined, SuccessRule success, ThirdMetric third, List<AgentRow> rows,
            List<CompareResult.Skipped> skipped, List<Curve> curves, double[] curveX, String curveXTitle,
            String curveYTitle) {

        /** Copies the lists and the array. */
        public EnvTable {
            rows = List.copyOf(rows);
            skipped = List.copyOf(skipped);
            curves = List.copyOf(curves);
            curveX = curveX.clone();
        }

        /** @return a copy of the x values */
        @Override
        public double[] curveX() {
            return curveX.clone();
        }
    }

    /**
     * One agent's row of an env's table. The differences of the reference agent's own row are
     * {@link Estimate#NONE}.
     *
     * @param agent the display name
     * @param agentId the agent id
     * @param reference whether it is the env's reference agent
     * @param episodes the episodes the statistics use, over all seeds
     * @param meanReturn the mean return
     * @param returnDifference the paired difference of the mean return to the reference
     * @param successRate the success rate ({@link Estimate#NONE} without a success rule)
     * @param successDifference its paired difference
     * @param third the third metric (regret or steps to goal)
     * @param thirdDifference its paired difference
     * @param stepLimitRuns the runs of episodes that stopped at {@code maxSteps} first
     */
    public record AgentRow(String agent, String agentId, boolean reference, long episodes, Estimate meanReturn,
            Estimate returnDifference, Estimate successRate, Estimate successDifference, Estimate third,
            Estimate thirdDifference, int stepLimitRuns) {
    }

    /**
     * One agent's learning curve in one env: per point the mean over seeds and its 95%
     * bootstrap band.
     *
     * @param agent the display name
     * @param mean per point, the mean over the seeds that reached it (NaN if none)
     * @param lower per point, the lower end of the band
     * @param upper per point, the upper end of the band
     */
    public record Curve(String agent, double[] mean, double[] lower, double[] upper) {

        /** Copies the arrays. */
        public Curve {
            Objects.requireNonNull(agent, "agent");
            mean = mean.clone();
            lower = lower.clone();
            upper = upper.clone();
        }

        /** @return a copy of the means */
        @Override
        public double[] mean() {
            return mean.clone();
        }

        /** @return a copy of the lower ends */
        @Override
        public double[] lower() {
            return lower.clone();
        }

        /** @return a copy of the upper ends */
        @Override
        public double[] upper() {
            return upper.clone();
        }
    }

    /**
     * The key of the bootstrap of one statistic of one env.
     *
     * @param env the env's display name
     * @param statistic the statistic ({@code return}, {@code success}, {@code third},
     *     {@code curve-N})
     * @return {@code Key.of(BOOTSTRAP_SEED).fold(fnv1a("bootstrap\n" + env + "\n" + statistic))}
     */
    public static Key bootstrapKey(String env, String statistic) {
        return Key.of(BOOTSTRAP_SEED).fold(PairedKeys.fnv1a("bootstrap\n" + env + "\n" + statistic));
    }

    /**
     * The statistics of a comparison.
     *
     * @param result the runs
     * @param bootstrap the bootstrap of every interval
     * @return the summary
     */
    public static CompareSummary of(CompareResult result, Bootstrap bootstrap) {
        List<EnvTable> tables = new ArrayList<>();
        int numEnvs = result.config().numEnvs();
        int seeds = result.config().seeds().size();
        for (CompareResult.EnvRuns e : result.envs()) {
            CompareConfig.EnvEntry entry = e.entry();
            ThirdMetric third = e.reportsRegret() ? ThirdMetric.REGRET
                    : entry.success().defined() ? ThirdMetric.STEPS_TO_GOAL : ThirdMetric.NONE;
            List<double[]> returns = new ArrayList<>();
            List<double[]> successes = new ArrayList<>();
            List<double[]> thirds = new ArrayList<>();
            for (CompareResult.AgentRuns a : e.agents()) {
                returns.add(perSeed(a, entry, PerRun::meanReturn));
                successes.add(perSeed(a, entry, PerRun::successRate));
                thirds.add(perSeed(a, entry, third == ThirdMetric.REGRET ? PerRun::meanRegret : PerRun::stepsToGoal));
            }
            List<AgentRow> rows = new ArrayList<>();
            for (int j = 0; j < e.agents().size(); j++) {
                CompareResult.AgentRuns a = e.agents().get(j);
                boolean ref = j == 0;
                long episodes = 0;
                int limited = 0;
                for (RunOutcome r : a.runs()) {
                    episodes += PerRun.used(r, entry).size();
                    limited += r.reachedStepLimit() ? 1 : 0;
                }
                String name = entry.name();
                rows.add(new AgentRow(a.entry().name(), a.entry().agent().id(), ref, episodes,
                        estimate(bootstrap, returns.get(j), name, "return"),
                        ref ? Estimate.NONE : difference(bootstrap, returns.get(j), returns.get(0), name, "return"),
                        entry.success().defined() ? estimate(bootstrap, successes.get(j), name, "success")
                                : Estimate.NONE,
                        ref || !entry.success().defined() ? Estimate.NONE
                                : difference(bootstrap, successes.get(j), successes.get(0), name, "success"),
                        third == ThirdMetric.NONE ? Estimate.NONE : estimate(bootstrap, thirds.get(j), name, "third"),
                        ref || third == ThirdMetric.NONE ? Estimate.NONE
                                : difference(bootstrap, thirds.get(j), thirds.get(0), name, "third"),
                        limited));
            }
            List<Curve> curves = new ArrayList<>();
            for (CompareResult.AgentRuns a : e.agents()) {
                curves.add(curve(bootstrap, a, entry));
            }
            String scope = entry.lastEpisodes() == null ? "all episodes of each run"
                    : "the last " + entry.lastEpisodes() + " episodes of each run";
            tables.add(new EnvTable(entry.name(), entry.env().id(), entry.budget(numEnvs), scope, seeds,
                    e.agents().isEmpty() ? null : e.agents().get(0).entry().name(), entry.success().defined(),
                    entry.success(), third, rows, e.skipped(), curves, LearningCurve.xs(entry),
                    LearningCurve.xTitle(entry), LearningCurve.yTitle(entry)));
        }
        return new CompareSummary(tables, bootstrap.resamples());
    }

    /** Per seed (config order), the statistic of that seed's run, NaN where it has none. */
    private static double[] perSeed(CompareResult.AgentRuns a, CompareConfig.EnvEntry entry,
            BiFunction<RunOutcome, CompareConfig.EnvEntry, Double> statistic) {
        double[] out = new double[a.runs().size()];
        for (int s = 0; s < out.length; s++) {
            out[s] = statistic.apply(a.runs().get(s), entry);
        }
        return out;
    }

    private static Estimate estimate(Bootstrap bootstrap, double[] perSeed, String env, String statistic) {
        return bootstrap.mean(finite(perSeed), bootstrapKey(env, statistic).child(0));
    }

    private static Estimate difference(Bootstrap bootstrap, double[] agent, double[] reference, String env,
            String statistic) {
        double[] d = new double[agent.length];
        int n = 0;
        for (int s = 0; s < agent.length; s++) {
            if (Double.isFinite(agent[s]) && Double.isFinite(reference[s])) {
                d[n++] = agent[s] - reference[s];
            }
        }
        return bootstrap.mean(Arrays.copyOf(d, n), bootstrapKey(env, statistic).child(1));
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }

    private static Curve curve(Bootstrap bootstrap, CompareResult.AgentRuns a, CompareConfig.EnvEntry entry) {
        int points = LearningCurve.points(entry);
        double[] mean = new double[points];
        double[] lower = new double[points];
        double[] upper = new double[points];
        for (int w = 0; w < points; w++) {
            double[] values = new double[a.runs().size()];
            for (int s = 0; s < values.length; s++) {
                values[s] = a.runs().get(s).curve()[w];
            }
            Estimate est = bootstrap.mean(finite(values), bootstrapKey(entry.name(), "curve-" + w).child(0));
            mean[w] = est.mean();
            lower[w] = est.lower();
            upper[w] = est.upper();
        }
        return new Curve(a.entry().name(), mean, lower, upper);
    }

    /** The per-run statistics. */
    static final class PerRun {

        private PerRun() {
        }

        /** The episodes the statistics use: all, or the last {@code lastEpisodes}. */
        static List<EpisodeResult> used(RunOutcome run, CompareConfig.EnvEntry entry) {
            List<EpisodeResult> all = run.episodes();
            Integer last = entry.lastEpisodes();
            return last == null || all.size() <= last ? all : all.subList(all.size() - last, all.size());
        }

        static Double meanReturn(RunOutcome run, CompareConfig.EnvEntry entry) {
            return mean(used(run, entry), EpisodeResult::totalReturn, e -> true);
        }

        static Double successRate(RunOutcome run, CompareConfig.EnvEntry entry) {
            return mean(used(run, entry), e -> e.success() ? 1.0 : 0.0, e -> true);
        }

        static Double stepsToGoal(RunOutcome run, CompareConfig.EnvEntry entry) {
            return mean(used(run, entry), EpisodeResult::length, EpisodeResult::success);
        }

        static Double meanRegret(RunOutcome run, CompareConfig.EnvEntry entry) {
            return mean(used(run, entry), EpisodeResult::regret, EpisodeResult::hasRegret);
        }

        private static double mean(List<EpisodeResult> episodes, ToDoubleFunction<EpisodeResult> value,
                Predicate<EpisodeResult> counted) {
            double sum = 0;
            int n = 0;
            for (EpisodeResult e : episodes) {
                if (counted.test(e)) {
                    sum += value.applyAsDouble(e);
                    n++;
                }
            }
            return n == 0 ? Double.NaN : sum / n;
        }
    }
}
