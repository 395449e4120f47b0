package io.aifgym.bench.results;

import io.aifgym.bench.config.ExperimentConfig;
import io.aifgym.bench.experiment.EpisodeRecord;
import io.aifgym.bench.experiment.RunResult;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statistics of a run, written as {@code summary.json}. Statistics of returns and lengths are
 * null when no episode ended.
 *
 * @param env the env id
 * @param agent the agent id
 * @param seed the root seed
 * @param numEnvs the number of env copies
 * @param stepsPerEnv the steps each copy took
 * @param envSteps the steps of all copies together
 * @param episodes the number of completed episodes recorded
 * @param terminatedEpisodes how many of them reached a terminal state
 * @param truncatedEpisodes how many of them a limit truncated
 * @param meanReturn the mean undiscounted return
 * @param stdReturn the population standard deviation of the returns
 * @param minReturn the smallest return
 * @param maxReturn the largest return
 * @param meanLength the mean episode length
 * @param meanRewardPerStep the sum of all rewards over {@code envSteps}
 * @param diagnostics per agent diagnostic, its mean
 * @param reachedStepLimit true for a run of episodes that stopped at {@code maxSteps} first
 */
public record Summary(String env, String agent, long seed, int numEnvs, long stepsPerEnv, long envSteps, int episodes,
        int terminatedEpisodes, int truncatedEpisodes, Double meanReturn, Double stdReturn, Double minReturn,
        Double maxReturn, Double meanLength, double meanRewardPerStep, Map<String, Double> diagnostics,
        boolean reachedStepLimit) {

    /**
     * Copies the diagnostics into a map sorted by name, so {@code summary.json} lists them in
     * the same order in every JVM ({@code Map.copyOf}'s order changes from one JVM to the next).
     */
    public Summary {
        diagnostics = Collections.unmodifiableSortedMap(new TreeMap<>(diagnostics));
    }

    /**
     * The summary of a run.
     *
     * @param config the run's config
     * @param result what it produced
     * @return the summary
     */
    public static Summary of(ExperimentConfig config, RunResult result) {
        List<EpisodeRecord> eps = result.episodes();
        int n = eps.size();
        int terminated = (int) eps.stream().filter(EpisodeRecord::terminated).count();
        Double mean = null;
        Double std = null;
        Double min = null;
        Double max = null;
        Double meanLength = null;
        if (n > 0) {
            double sum = 0;
            double lengths = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (EpisodeRecord e : eps) {
                sum += e.totalReturn();
                lengths += e.length();
                lo = Math.min(lo, e.totalReturn());
                hi = Math.max(hi, e.totalReturn());
            }
            double m = sum / n;
            double squares = 0;
            for (EpisodeRecord e : eps) {
                squares += (e.totalReturn() - m) * (e.totalReturn() - m);
            }
            mean = m;
            std = Math.sqrt(squares / n);
            min = lo;
            max = hi;
            meanLength = lengths / n;
        }
        double perStep = result.envSteps() == 0 ? 0.0 : result.totalReward() / result.envSteps();
        return new Summary(config.env().id(), config.agent().id(), config.seed(), config.numEnvs(),
                result.stepsPerEnv(), result.envSteps(), n, terminated, n - terminated, mean, std, min, max,
                meanLength, perStep, result.diagnosticMeans(), result.reachedStepLimit());
    }
}
