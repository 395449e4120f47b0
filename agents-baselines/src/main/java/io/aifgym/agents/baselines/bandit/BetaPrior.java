package io.aifgym.agents.baselines.bandit;

/**
 * A Beta prior on each Bernoulli arm's mean.
 *
 * @param alpha prior successes, positive; default 1
 * @param beta prior failures, positive; default 1
 */
public record BetaPrior(double alpha, double beta) {

    /** The uniform prior Beta(1, 1). */
    public static final BetaPrior UNIFORM = new BetaPrior(1, 1);

    /** Validates the parameters. */
    public BetaPrior {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha: expected a positive finite number, found " + alpha);
        }
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta: expected a positive finite number, found " + beta);
        }
    }
}
