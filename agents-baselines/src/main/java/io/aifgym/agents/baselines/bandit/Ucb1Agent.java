package io.aifgym.agents.baselines.bandit;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import java.util.Objects;

/**
 * UCB1 (Auer, Cesa-Bianchi and Fischer 2002): pull every arm once, then the arm maximising
 * {@code mean_a + c * sqrt(2 ln t / n_a)} with t the total pulls so far. Ties (including the
 * untried arms at the start) are broken uniformly with one draw of the decision's key. With
 * rewards in {@code [0, 1]} its expected regret after t pulls is at most
 * {@code sum_a (8 ln t / gap_a) + (1 + pi^2 / 3) sum_a gap_a}: it grows logarithmically.
 *
 * @param <O> the observation (ignored)
 * @param <A> the action (arm)
 */
public final class Ucb1Agent<O, A> extends ArmIndexAgent<O, A> {

    private final Ucb1Config config;

    private Ucb1Agent(Ucb1Config config, Space<A> actionSpace) {
        super("ucb1", actionSpace, false, config.resetEachEpisode());
        this.config = config;
    }

    /**
     * An agent for an env's action space.
     *
     * @param config the config
     * @param env the env
     * @param <O> the observation
     * @param <A> the action
     * @return the agent
     * @throws IllegalArgumentException if the action space is not finite
     */
    public static <O, A> Ucb1Agent<O, A> of(Ucb1Config config, Env<?, O, A> env) {
        return new Ucb1Agent<>(Objects.requireNonNull(config, "config"), env.actionSpace());
    }

    @Override
    int choose(Key key, ArmStatistics statistics) {
        double[] indices = new double[arms()];
        double logTotal = Math.log(Math.max(1, statistics.total()));
        for (int a = 0; a < indices.length; a++) {
            long n = statistics.pulls(a);
            indices[a] = n == 0 ? Double.POSITIVE_INFINITY
                    : statistics.mean(a) + config.exploration() * Math.sqrt(2 * logTotal / n);
        }
        return argmaxWithTies(indices, key.uniform());
    }
}
