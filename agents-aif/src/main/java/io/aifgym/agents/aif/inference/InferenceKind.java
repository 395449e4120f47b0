package io.aifgym.agents.aif.inference;

/**
 * How a state-inference method uses time (pymdp's {@code ONE_STEP_METHODS} and
 * {@code SEQUENCE_METHODS}).
 */
public enum InferenceKind {
    /** Infers the current state from the last observation and an empirical prior ({@code fpi}, {@code ovf}, {@code exact}). */
    ONE_STEP,
    /** Infers every state of a window of observations and past actions ({@code mmp}, {@code vmp}). */
    SEQUENCE
}
