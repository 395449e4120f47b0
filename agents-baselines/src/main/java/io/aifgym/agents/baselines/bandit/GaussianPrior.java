package io.aifgym.agents.baselines.bandit;

/**
 * A Gaussian prior on each Gaussian arm's mean, with the rewards' known noise variance: the
 * posterior after n pulls with reward sum S has precision {@code 1/variance + n/noiseVariance}
 * and mean {@code (mean/variance + S/noiseVariance) / precision}.
 *
 * @param mean the prior mean, finite; default 0
 * @param variance the prior variance, positive; default 1
 * @param noiseVariance the variance of a reward around its arm's mean, positive; default 1
 *     (Sutton and Barto's 10-armed testbed)
 */
public record GaussianPrior(double mean, double variance, double noiseVariance) {

    /** The standard prior N(0, 1) with unit reward noise. */
    public static final GaussianPrior STANDARD = new GaussianPrior(0, 1, 1);

    /** Validates the parameters. */
    public GaussianPrior {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean: expected a finite number, found " + mean);
        }
        if (!(variance > 0) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException("variance: expected a positive finite number, found " + variance);
        }
        if (!(noiseVariance > 0) || !Double.isFinite(noiseVariance)) {
            throw new IllegalArgumentException("noiseVariance: expected a positive finite number, found "
                    + noiseVariance);
        }
    }

    /**
     * The posterior precision of an arm.
     *
     * @param pulls its pulls
     * @return {@code 1/variance + pulls/noiseVariance}
     */
    public double posteriorPrecision(long pulls) {
        return 1 / variance + pulls / noiseVariance;
    }

    /**
     * The posterior mean of an arm.
     *
     * @param pulls its pulls
     * @param sum its reward sum
     * @return the posterior mean
     */
    public double posteriorMean(long pulls, double sum) {
        return (mean / variance + sum / noiseVariance) / posteriorPrecision(pulls);
    }
}
