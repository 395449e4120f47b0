package io.aifgym.agents.aif.control;

import io.aifgym.agents.aif.maths.Maths;

/** How a probability is logged where pymdp 1.0 and the legacy package differ (policy prior, action logits). */
public enum LogForm {
    /** pymdp 1.0's {@code log_stable}: {@code ln max(x, 2.22e-16)}. The default. */
    STABLE,
    /** The legacy package's {@code spm_log_single}: {@code ln(x + 1e-16)}. */
    SPM;

    /**
     * Logs one value.
     *
     * @param x the value
     * @return its logarithm in this form
     */
    public double log(double x) {
        return switch (this) {
            case STABLE -> Maths.logStable(x);
            case SPM -> Maths.spmLog(x, Maths.SPM_EPS);
        };
    }
}
