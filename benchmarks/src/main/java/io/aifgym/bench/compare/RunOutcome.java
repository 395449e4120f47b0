package io.aifgym.bench.compare;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What one run of a comparison (one env, one agent, one seed) produced.
 *
 * @param env the env's display name
 * @param agent the agent's display name
 * @param seed the seed
 * @param episodes the completed episodes, in order (for a run of episodes, the first
 *     {@code episodes} of them)
 * @param curve the learning curve, one value per window (see {@link LearningCurve}); NaN
 *     where a window saw no episode
 * @param stepsPerEnv the steps each env copy took
 * @param envSteps the steps of all copies together
 * @param reachedStepLimit true for a run of episodes that stopped at {@code maxSteps} before
 *     enough episodes ended
 */
public record RunOutcome(String env, String agent, long seed, List<EpisodeResult> episodes, double[] curve,
        long stepsPerEnv, long envSteps, boolean reachedStepLimit) {

    /** Copies the episodes and the curve. */
    public RunOutcome {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(agent, "agent");
        episodes = List.copyOf(episodes);
        curve = curve.clone();
    }

    /** @return a copy of the learning curve */
    @Override
    public double[] curve() {
        return curve.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunOutcome r && r.env.equals(env) && r.agent.equals(agent) && r.seed == seed
                && r.episodes.equals(episodes) && Arrays.equals(r.curve, curve) && r.stepsPerEnv == stepsPerEnv
                && r.envSteps == envSteps && r.reachedStepLimit == reachedStepLimit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(env, agent, seed, episodes, Arrays.hashCode(curve), stepsPerEnv, envSteps);
    }

    @Override
    public String toString() {
        return "RunOutcome[" + env + " x " + agent + ", seed " + seed + ", " + episodes.size() + " episodes, "
                + stepsPerEnv + " steps per env]";
    }
}
