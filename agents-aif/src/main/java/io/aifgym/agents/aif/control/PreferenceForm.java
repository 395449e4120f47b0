package io.aifgym.agents.aif.control;

/**
 * How the preferences {@code C} enter the expected utility {@code Σ_m qo_m · c_m}.
 */
public enum PreferenceForm {
    /** pymdp 1.0: {@code c_m = C_m} as given (raw utilities, not normalised). The default. */
    RAW,
    /**
     * The legacy NumPy package and SPM: {@code c_m = ln(softmax(C_m) + 1e-16)}, log-probabilities.
     * Shifts every policy's score by the same constant, so {@code q_pi} is unchanged.
     */
    LOG_SOFTMAX
}
