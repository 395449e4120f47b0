package io.aifgym.envs.testutil;

/**
 * Pearson's chi-square goodness-of-fit statistic for the statistical tests of samplers
 * (Gymnasium's space tests use the same check). Critical values are for alpha = 0.001, so a
 * correct sampler fails one fixed-key test in a thousand; the keys are fixed, so a result
 * never flips between runs.
 */
public final class ChiSquare {

    /** Critical values of chi-square at alpha = 0.001 for 1 to 10 degrees of freedom. */
    private static final double[] CRITICAL = {10.828, 13.816, 16.266, 18.467, 20.515, 22.458, 24.322, 26.124, 27.877,
        29.588};

    private ChiSquare() {
    }

    /**
     * The statistic of observed counts against expected probabilities (cells with probability
     * zero must have zero counts).
     *
     * @param observed the counts
     * @param probabilities the expected probabilities, summing to one
     * @return the statistic
     */
    public static double statistic(long[] observed, double[] probabilities) {
        long n = 0;
        for (long o : observed) {
            n += o;
        }
        double chi2 = 0;
        for (int i = 0; i < observed.length; i++) {
            double e = n * probabilities[i];
            if (e == 0) {
                if (observed[i] != 0) {
                    return Double.POSITIVE_INFINITY;
                }
                continue;
            }
            chi2 += (observed[i] - e) * (observed[i] - e) / e;
        }
        return chi2;
    }

    /**
     * The critical value at alpha = 0.001.
     *
     * @param degreesOfFreedom 1 to 10
     * @return the value above which the fit is rejected
     */
    public static double critical(int degreesOfFreedom) {
        return CRITICAL[degreesOfFreedom - 1];
    }

    /**
     * The degrees of freedom of a fit: the number of cells with positive probability, minus one.
     *
     * @param probabilities the expected probabilities
     * @return the degrees of freedom
     */
    public static int degreesOfFreedom(double[] probabilities) {
        int k = 0;
        for (double p : probabilities) {
            k += p > 0 ? 1 : 0;
        }
        return k - 1;
    }
}
