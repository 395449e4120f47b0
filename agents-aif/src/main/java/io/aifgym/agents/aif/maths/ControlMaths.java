package io.aifgym.agents.aif.maths;

/**
 * The novelty weights of {@link Dirichlet} split into a per-entry and a per-column part, so
 * that a planner can update the weights of a Dirichlet tensor entry by entry when only a few
 * concentrations change (online learning changes one action slice of {@code pB} per step).
 *
 * <p>For the exact form, {@code w(α) = column(a0) + entry(a)} with {@code a = max(α, EPS)} and
 * {@code a0 = max(Σ_axis0 a, EPS)} reproduces
 * {@link Dirichlet#noveltyWeights(double[], int, boolean, double[])}; for the SPM form,
 * {@code -spm_wnorm(α) = spmColumn(Σ_axis0 (α + eps)) + spmEntry(α)} reproduces
 * {@link Dirichlet#wnormSpm(double[], int, double, double[])} negated.
 *
 * <p>Both exact parts are {@code ±g} with {@code g(a) = ψ(a) - ln a + 1/a}, computed here with
 * one logarithm and two divisions (the recurrence's reciprocals summed as one fraction, then
 * the asymptotic series, which for {@code g} needs no logarithm) instead of a digamma call plus
 * two logarithms; it agrees with {@link Special#digamma(double)} to rounding and avoids the
 * cancellation of {@code 1/a} against {@code ψ(a)} at tiny {@code a}.
 */
public final class ControlMaths {

    private ControlMaths() {
    }

    /**
     * The per-entry part of the exact novelty weight: {@code -ln a + 1/a + ψ(a)}, {@code a = max(α, EPS)}.
     *
     * @param alpha one concentration
     * @return its entry term
     */
    public static double exactNoveltyEntry(double alpha) {
        return digammaLogGap(Math.max(alpha, Maths.EPS));
    }

    /**
     * The per-column part of the exact novelty weight: {@code ln s - 1/s - ψ(s)}, {@code s = max(a0, EPS)}.
     *
     * @param clippedSum the column's sum of clipped concentrations {@code Σ max(α, EPS)}
     * @return its column term
     */
    public static double exactNoveltyColumn(double clippedSum) {
        return -digammaLogGap(Math.max(clippedSum, Maths.EPS));
    }

    /**
     * {@code g(a) = ψ(a) - ln a + 1/a} for {@code a > 0}: below 10 by
     * {@code g(a) = g(a + n) + ln((a + n)/a) - Σ_{k=1..n} 1/(a + k)}, from 10 on by the
     * asymptotic series {@code g(a) = 1/(2a) - Σ_k B_2k / (2k a^2k)} (to {@code a^-14}).
     *
     * @param a a positive argument
     * @return {@code g(a)}
     */
    public static double digammaLogGap(double a) {
        double shift = 0.0;
        double x = a;
        if (x < 10.0) {
            int n = (int) Math.ceil(10.0 - x);
            double num = 0.0;
            double den = 1.0;
            for (int k = 1; k <= n; k++) {
                double y = x + k;
                num = num * y + den;
                den *= y;
            }
            double shifted = x + n;
            shift = Math.log(shifted / x) - num / den;
            x = shifted;
        }
        double inv = 1.0 / x;
        double inv2 = inv * inv;
        double series = inv2 * (1.0 / 12
                - inv2 * (1.0 / 120
                - inv2 * (1.0 / 252
                - inv2 * (1.0 / 240
                - inv2 * (1.0 / 132
                - inv2 * (691.0 / 32760
                - inv2 * (1.0 / 12)))))));
        return shift + 0.5 * inv - series;
    }

    /**
     * The per-entry part of the SPM novelty weight: {@code 1/(α + eps)}.
     *
     * @param alpha one concentration
     * @param eps the additive epsilon ({@link Maths#SPM_EPS} in the legacy package)
     * @return its entry term
     */
    public static double spmNoveltyEntry(double alpha, double eps) {
        return 1.0 / (alpha + eps);
    }

    /**
     * The per-column part of the SPM novelty weight: {@code -1/s}.
     *
     * @param offsetSum the column's sum {@code Σ (α + eps)}
     * @return its column term
     */
    public static double spmNoveltyColumn(double offsetSum) {
        return -1.0 / offsetSum;
    }
}
