package io.aifgym.bench.compare;

import java.util.Locale;

/**
 * A mean over seeds with its 95% bootstrap confidence interval. Every number is NaN when no
 * seed had a value (such as steps to goal when no episode reached the goal).
 *
 * @param mean the mean over the seeds that have a value
 * @param lower the lower end of the interval (the 2.5th percentile of the bootstrap means)
 * @param upper the upper end of the interval (the 97.5th percentile)
 * @param seeds how many seeds had a value
 */
public record Estimate(double mean, double lower, double upper, int seeds) {

    /** No value at all. */
    public static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);

    /** Checks the order of the interval. */
    public Estimate {
        if (seeds < 0) {
            throw new IllegalArgumentException("seeds: expected a non-negative count, found " + seeds);
        }
        if (lower > upper) {
            throw new IllegalArgumentException("lower: expected at most upper (" + upper + "), found " + lower);
        }
    }

    /**
     * Whether there is a value.
     *
     * @return false when no seed had one
     */
    public boolean defined() {
        return seeds > 0 && !Double.isNaN(mean);
    }

    /**
     * The estimate as text: {@code 0.824 [0.79, 0.85]}, {@code -} without a value. Numbers have
     * three significant digits (integers above 1000 in full).
     *
     * @return the text
     */
    public String format() {
        if (!defined()) {
            return "-";
        }
        return number(mean) + " [" + number(lower) + ", " + number(upper) + "]";
    }

    /**
     * The estimate of a rate in percent: {@code 82.4% [79.0, 85.1]}.
     *
     * @return the text
     */
    public String formatPercent() {
        if (!defined()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * mean, 100 * lower, 100 * upper);
    }

    /**
     * The estimate of a difference of rates in percentage points: {@code +3.1 pp [-2.0, 8.0]}.
     *
     * @return the text
     */
    public String formatPoints() {
        if (!defined()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%+.1f pp [%.1f, %.1f]", 100 * mean, 100 * lower, 100 * upper);
    }

    /**
     * The estimate of a difference: like {@link #format()} with a sign on the mean.
     *
     * @return the text
     */
    public String formatSigned() {
        if (!defined()) {
            return "-";
        }
        String m = number(mean);
        return (mean > 0 ? "+" : mean == 0 ? "\u00b1" : "") + m + " [" + number(lower) + ", " + number(upper) + "]";
    }

    /**
     * A number with three significant digits, without an exponent for ordinary magnitudes.
     *
     * @param x the number
     * @return the text
     */
    static String number(double x) {
        if (x == 0) {
            return "0";
        }
        double a = Math.abs(x);
        if (a >= 999.5 && a < 1e9) {
            return String.format(Locale.ROOT, "%.0f", x);
        }
        if (a >= 1e-3 && a < 999.5) {
            return String.format(Locale.ROOT, "%.3g", x);
        }
        return String.format(Locale.ROOT, "%.2e", x);
    }
}
