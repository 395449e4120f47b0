package io.aifgym.bench.compare;

import io.aifgym.gym.random.Key;
import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The percentile bootstrap of a mean (Efron and Tibshirani 1993, chapter 13). From {@code n}
 * values (one per seed), {@code resamples} resamples of {@code n} values are drawn with
 * replacement, each index uniform in {@code [0, n)} from {@code key.generator()}; the interval
 * is the 2.5th and 97.5th percentiles of the resample means, interpolated linearly between order
 * statistics (Hyndman and Fan's type 7: position {@code (resamples - 1) p}). The same key and
 * {@code n} draw the same indices whatever the values, so the agents of one env, bootstrapped
 * with one key, are resampled on the same seeds. The default is {@value #DEFAULT_RESAMPLES}
 * resamples, which puts the Monte Carlo error of a 95% percentile well below the interval's own
 * width for the seed counts a comparison uses.
 */
public final class Bootstrap {

    /** The default number of resamples. */
    public static final int DEFAULT_RESAMPLES = 10_000;
    /** The confidence level of the intervals. */
    public static final double LEVEL = 0.95;

    private final int resamples;

    /**
     * A bootstrap with a number of resamples.
     *
     * @param resamples the resamples, at least 1
     * @throws IllegalArgumentException if {@code resamples < 1}
     */
    public Bootstrap(int resamples) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples: expected at least 1 resample, found " + resamples);
        }
        this.resamples = resamples;
    }

    /** @return the number of resamples */
    public int resamples() {
        return resamples;
    }

    /**
     * The mean of some values with its 95% percentile bootstrap interval.
     *
     * @param values the values, one per seed, all finite (none: {@link Estimate#NONE})
     * @param key the key of the resampling
     * @return the estimate
     * @throws IllegalArgumentException if a value is not finite
     */
    public Estimate mean(double[] values, Key key) {
        Objects.requireNonNull(key, "key");
        int n = values.length;
        if (n == 0) {
            return Estimate.NONE;
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("values[" + i + "]: expected a finite number, found " + values[i]);
            }
            total += values[i];
        }
        double mean = total / n;
        double[] means = new double[resamples];
        UniformRandomProvider g = key.generator();
        for (int b = 0; b < resamples; b++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                sum += values[g.nextInt(n)];
            }
            means[b] = sum / n;
        }
        Arrays.sort(means);
        double alpha = (1 - LEVEL) / 2;
        double lower = quantile(means, alpha);
        double upper = quantile(means, 1 - alpha);
        return new Estimate(mean, lower, upper, n);
    }

    /**
     * A quantile of sorted values, type 7 (linear between order statistics).
     *
     * @param sorted the values in increasing order, at least one
     * @param p the probability in [0, 1]
     * @return the quantile
     */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        double frac = h - lo;
        return frac == 0 ? sorted[lo] : sorted[lo] + frac * (sorted[hi] - sorted[lo]);
    }
}
