package io.aifgym.agents.aif.inference;

/**
 * Which backward smoothing parameter learning applies to filtered beliefs (pymdp's
 * {@code SMOOTHING_METHODS}, spec 7.3).
 */
public enum Smoothing {
    /** No smoothing: learning uses the beliefs as given ({@code fpi}, {@code mmp}, {@code vmp}). */
    NONE,
    /** Exact single-factor HMM smoothing ({@code inference.smoothing_exact}, for {@code exact}). */
    EXACT,
    /** Factor-by-factor backward smoothing of online variational filtering ({@code inference.smoothing_ovf}). */
    OVF
}
