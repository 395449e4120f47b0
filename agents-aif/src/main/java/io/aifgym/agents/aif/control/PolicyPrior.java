package io.aifgym.agents.aif.control;

import io.aifgym.agents.aif.maths.Maths;
import java.util.Arrays;
import java.util.Objects;

/**
 * The policy precision {@code gamma} and the log prior over policies {@code ln E} that turn
 * {@code neg_efe} into {@code q_pi = softmax(gamma · neg_efe + ln E)} (spec 5.3).
 *
 * @param gamma the policy precision, finite (pymdp 1.0's default 1, legacy 16)
 * @param logE {@code ln E} per policy, or null for a uniform prior (a constant that cancels)
 */
public record PolicyPrior(double gamma, double[] logE) {

    /** Checks gamma and copies the prior. */
    public PolicyPrior {
        if (!Double.isFinite(gamma)) {
            throw new IllegalArgumentException("gamma: expected a finite precision, found " + gamma);
        }
        logE = logE == null ? null : logE.clone();
    }

    /**
     * A uniform prior.
     *
     * @param gamma the precision
     * @return the prior
     */
    public static PolicyPrior uniform(double gamma) {
        return new PolicyPrior(gamma, null);
    }

    /**
     * A prior {@code E} logged with pymdp 1.0's {@code ln max(E, 2.22e-16)}; {@code E} need not be
     * normalised.
     *
     * @param gamma the precision
     * @param E the prior over policies, non-negative, or null for uniform
     * @return the prior
     */
    public static PolicyPrior of(double gamma, double[] E) {
        return of(gamma, E, LogForm.STABLE);
    }

    /**
     * A prior {@code E} logged in the given form.
     *
     * @param gamma the precision
     * @param E the prior over policies, or null for uniform
     * @param log how to log it (the legacy package uses {@code ln(E + 1e-16)})
     * @return the prior
     */
    public static PolicyPrior of(double gamma, double[] E, LogForm log) {
        Objects.requireNonNull(log, "log");
        if (E == null) {
            return uniform(gamma);
        }
        double[] logE = new double[E.length];
        for (int p = 0; p < E.length; p++) {
            if (!(E[p] >= 0.0)) {
                throw new IllegalArgumentException("E[" + p + "]: expected a non-negative prior, found " + E[p]);
            }
            logE[p] = log.log(E[p]);
        }
        return new PolicyPrior(gamma, logE);
    }

    /** @return a copy of {@code ln E}, or null for uniform */
    @Override
    public double[] logE() {
        return logE == null ? null : logE.clone();
    }

    /**
     * {@code q_pi = softmax(gamma · neg_efe + ln E)}.
     *
     * @param negEfe the negative expected free energy per policy
     * @return the policy posterior
     * @throws IllegalArgumentException if the prior has a different number of policies
     */
    public double[] posterior(double[] negEfe) {
        if (logE != null && logE.length != negEfe.length) {
            throw new IllegalArgumentException("E: expected one entry per policy (" + negEfe.length + "), found "
                    + logE.length);
        }
        double[] logits = new double[negEfe.length];
        for (int p = 0; p < logits.length; p++) {
            logits[p] = gamma * negEfe[p] + (logE == null ? 0.0 : logE[p]);
        }
        Maths.softmax(logits, logits);
        return logits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyPrior p && Double.compare(p.gamma, gamma) == 0
                && Arrays.equals(p.logE, logE);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(gamma) + Arrays.hashCode(logE);
    }

    @Override
    public String toString() {
        return "PolicyPrior[gamma=" + gamma + ", E=" + (logE == null ? "uniform" : logE.length + " policies") + "]";
    }
}
