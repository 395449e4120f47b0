package io.aifgym.agents.baselines.explore;

/** How a {@link Schedule} moves from its start value to its end value. */
public enum Decay {
    /** Always the start value. */
    CONSTANT,
    /** A straight line from start to end over the duration, then the end value. */
    LINEAR,
    /**
     * Geometric interpolation {@code start * (end / start)^(t / duration)} over the duration,
     * then the end value; start and end must be positive.
     */
    EXPONENTIAL
}
