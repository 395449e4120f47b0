package io.aifgym.agents.baselines.planning;

import java.util.Objects;

/**
 * The config of {@code value-iteration}.
 *
 * @param discount gamma of the objective in {@code [0, 1]}; default 1 (the undiscounted
 *     return that comparisons report; an unlimited horizon with loops of positive reward then
 *     needs a discount below 1)
 * @param tieBreakDiscount gamma of the values that decide among optimal actions, in
 *     {@code [0, 1)}: prefers earlier rewards; default 0.99
 * @param horizon plan for the env's episode limit or for an unlimited horizon; default
 *     {@link Horizon#EPISODE_LIMIT}
 * @param tolerance the stopping threshold on the largest value change of a sweep (unlimited
 *     horizon), positive; default 1e-10
 * @param maxIterations the most sweeps (unlimited horizon), positive; default 100,000
 */
public record ValueIterationConfig(double discount, double tieBreakDiscount, Horizon horizon, double tolerance,
        int maxIterations) {

    /** Undiscounted, ties by gamma 0.99, the env's episode limit, tolerance 1e-10, 100,000 sweeps. */
    public static final ValueIterationConfig DEFAULT = new ValueIterationConfig(1.0, 0.99, Horizon.EPISODE_LIMIT,
            1e-10, 100_000);

    /** Validates the config. */
    public ValueIterationConfig {
        Objects.requireNonNull(horizon, "horizon");
        if (!(discount >= 0 && discount <= 1)) {
            throw new IllegalArgumentException("discount: expected a value in [0, 1], found " + discount);
        }
        if (!(tieBreakDiscount >= 0 && tieBreakDiscount < 1)) {
            throw new IllegalArgumentException("tieBreakDiscount: expected a value in [0, 1), found "
                    + tieBreakDiscount);
        }
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance: expected a positive finite number, found " + tolerance);
        }
        if (maxIterations <= 0) {
            throw new IllegalArgumentException("maxIterations: expected a positive number, found " + maxIterations);
        }
    }

    /**
     * This config with another discount.
     *
     * @param gamma the discount
     * @return the new config
     */
    public ValueIterationConfig withDiscount(double gamma) {
        return new ValueIterationConfig(gamma, tieBreakDiscount, horizon, tolerance, maxIterations);
    }

    /**
     * This config with another horizon.
     *
     * @param newHorizon the horizon
     * @return the new config
     */
    public ValueIterationConfig withHorizon(Horizon newHorizon) {
        return new ValueIterationConfig(discount, tieBreakDiscount, newHorizon, tolerance, maxIterations);
    }
}
