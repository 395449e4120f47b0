package io.aifgym.agents.baselines.tabular;

import io.aifgym.agents.baselines.explore.Exploration;
import io.aifgym.agents.baselines.explore.Schedule;
import java.util.Objects;

/**
 * The config of the tabular TD agents ({@code q-learning}, {@code sarsa},
 * {@code expected-sarsa}).
 *
 * @param learningRate the step size alpha as a schedule, values in {@code (0, 1]}; default a
 *     constant 0.1
 * @param discount the discount gamma in {@code [0, 1]}; default 0.99
 * @param initialValue every Q-value's initial value; a value above the largest achievable
 *     return is optimistic and drives systematic exploration (Sutton and Barto 2018, section
 *     2.6); default 0
 * @param exploration the exploration strategy; default {@link Exploration#DEFAULT}
 *     (epsilon-greedy, epsilon 1.0 to 0.05 linearly over 10,000 steps)
 */
public record TabularConfig(Schedule learningRate, double discount, double initialValue, Exploration exploration) {

    /** The defaults: alpha 0.1, gamma 0.99, Q initialised to 0, {@link Exploration#DEFAULT}. */
    public static final TabularConfig DEFAULT = new TabularConfig(Schedule.constant(0.1), 0.99, 0.0,
            Exploration.DEFAULT);

    /** Validates the config. */
    public TabularConfig {
        Objects.requireNonNull(learningRate, "learningRate");
        Objects.requireNonNull(exploration, "exploration");
        checkLearningRate(learningRate);
        checkDiscount(discount);
        if (!Double.isFinite(initialValue)) {
            throw new IllegalArgumentException("initialValue: expected a finite number, found " + initialValue);
        }
    }

    static void checkLearningRate(Schedule learningRate) {
        double[] range = learningRate.range();
        if (!(range[0] > 0 && range[1] <= 1)) {
            throw new IllegalArgumentException("learningRate: expected values in (0, 1], found start "
                    + learningRate.start() + " and end " + learningRate.end());
        }
    }

    static void checkDiscount(double discount) {
        if (!(discount >= 0 && discount <= 1)) {
            throw new IllegalArgumentException("discount: expected a value in [0, 1], found " + discount);
        }
    }

    /**
     * This config with another learning rate.
     *
     * @param rate the schedule
     * @return the new config
     */
    public TabularConfig withLearningRate(Schedule rate) {
        return new TabularConfig(rate, discount, initialValue, exploration);
    }

    /**
     * This config with another discount.
     *
     * @param gamma the discount
     * @return the new config
     */
    public TabularConfig withDiscount(double gamma) {
        return new TabularConfig(learningRate, gamma, initialValue, exploration);
    }

    /**
     * This config with another initial value.
     *
     * @param value the initial Q-value
     * @return the new config
     */
    public TabularConfig withInitialValue(double value) {
        return new TabularConfig(learningRate, discount, value, exploration);
    }

    /**
     * This config with another exploration.
     *
     * @param newExploration the exploration
     * @return the new config
     */
    public TabularConfig withExploration(Exploration newExploration) {
        return new TabularConfig(learningRate, discount, initialValue, newExploration);
    }
}
