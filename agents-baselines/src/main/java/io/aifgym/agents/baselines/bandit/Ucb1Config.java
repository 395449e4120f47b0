package io.aifgym.agents.baselines.bandit;

/**
 * The config of {@code ucb1}.
 *
 * @param exploration the factor c of the bonus {@code c * sqrt(2 ln t / n_a)}, non-negative;
 *     default 1 (Auer et al.'s UCB1; 0 is greedy on the sample means)
 * @param resetEachEpisode whether the statistics start afresh when an episode ends, as when
 *     each episode is a new bandit (gym-envs' bandits draw new arms at every reset by
 *     default); default true
 */
public record Ucb1Config(double exploration, boolean resetEachEpisode) {

    /** UCB1 as published: c = 1, statistics reset at each episode's end. */
    public static final Ucb1Config DEFAULT = new Ucb1Config(1.0, true);

    /** Validates the factor. */
    public Ucb1Config {
        if (!(exploration >= 0) || !Double.isFinite(exploration)) {
            throw new IllegalArgumentException("exploration: expected a non-negative finite number, found "
                    + exploration);
        }
    }
}
