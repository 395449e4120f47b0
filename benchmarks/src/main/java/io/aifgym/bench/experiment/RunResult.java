package io.aifgym.bench.experiment;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run produced.
 *
 * @param episodes the completed episodes, in order of their end step then slot (for a run of
 *     episodes, the first {@code episodes} of them)
 * @param stepsPerEnv the steps each env copy took
 * @param envSteps the steps of all copies together
 * @param totalReward the sum of every reward of every copy
 * @param diagnosticMeans per agent diagnostic (such as {@code neg_efe_max}), its mean over
 *     every step and agent that reported it
 * @param reachedStepLimit true for a run of episodes that stopped at {@code maxSteps} before
 *     enough episodes ended
 */
public record RunResult(List<EpisodeRecord> episodes, long stepsPerEnv, long envSteps, double totalReward,
        Map<String, Double> diagnosticMeans, boolean reachedStepLimit) {

    /** Copies the collections. */
    public RunResult {
        episodes = List.copyOf(episodes);
        diagnosticMeans = Collections.unmodifiableMap(new TreeMap<>(diagnosticMeans));
    }
}
