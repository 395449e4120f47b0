package io.aifgym.agents.baselines.bandit;

import io.aifgym.agents.baselines.explore.Schedule;
import java.util.Objects;

/**
 * The config of the {@code epsilon-greedy} bandit agent.
 *
 * @param epsilon the probability of a uniformly random arm, values in {@code [0, 1]}; default
 *     a constant 0.1
 * @param initialValue every arm's initial estimate; above the best mean it is optimistic and
 *     makes the greedy choice try every arm early; default 0
 * @param stepSize the constant step size of the estimates in {@code (0, 1]}, or 0 for sample
 *     averages (step 1/n, where the first reward replaces the initial value); default 0
 * @param resetEachEpisode whether the estimates and pulls start afresh when an episode ends, as when
 *     each episode is a new bandit (gym-envs' bandits draw new arms at every reset by
 *     default); default true
 */
public record EpsilonGreedyConfig(Schedule epsilon, double initialValue, double stepSize, boolean resetEachEpisode) {

    /**
     * Epsilon 0.1, estimates from 0, sample averages (Sutton and Barto's testbed agent), reset at
     * each episode's end.
     */
    public static final EpsilonGreedyConfig DEFAULT = new EpsilonGreedyConfig(Schedule.constant(0.1), 0.0, 0.0,
            true);

    /** Validates the config. */
    public EpsilonGreedyConfig {
        Objects.requireNonNull(epsilon, "epsilon");
        double[] range = epsilon.range();
        if (!(range[0] >= 0 && range[1] <= 1)) {
            throw new IllegalArgumentException("epsilon: expected values in [0, 1], found start " + epsilon.start()
                    + " and end " + epsilon.end());
        }
        if (!Double.isFinite(initialValue)) {
            throw new IllegalArgumentException("initialValue: expected a finite number, found " + initialValue);
        }
        if (!(stepSize >= 0 && stepSize <= 1)) {
            throw new IllegalArgumentException("stepSize: expected 0 (sample averages) or a value in (0, 1], found "
                    + stepSize);
        }
    }
}
