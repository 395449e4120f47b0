package io.aifgym.agents.baselines.tabular;

import io.aifgym.agents.baselines.explore.Exploration;
import io.aifgym.agents.baselines.explore.Schedule;
import java.util.Objects;

/**
 * The config of {@code dyna-q}.
 *
 * @param learningRate the step size alpha as a schedule, values in {@code (0, 1]}; default a
 *     constant 0.1
 * @param discount the discount gamma in {@code [0, 1]}; default 0.95 (Sutton and Barto's Dyna
 *     maze)
 * @param initialValue every Q-value's initial value; default 0
 * @param exploration the exploration strategy; default {@link Exploration#DEFAULT}
 * @param planningSteps the number of simulated Q-learning updates from the learned model
 *     before each action, non-negative (0 is plain Q-learning); default 10
 */
public record DynaQConfig(Schedule learningRate, double discount, double initialValue, Exploration exploration,
        int planningSteps) {

    /** The defaults: alpha 0.1, gamma 0.95, Q initialised to 0, {@link Exploration#DEFAULT}, 10 planning steps. */
    public static final DynaQConfig DEFAULT = new DynaQConfig(Schedule.constant(0.1), 0.95, 0.0,
            Exploration.DEFAULT, 10);

    /** Validates the config. */
    public DynaQConfig {
        Objects.requireNonNull(learningRate, "learningRate");
        Objects.requireNonNull(exploration, "exploration");
        TabularConfig.checkLearningRate(learningRate);
        TabularConfig.checkDiscount(discount);
        if (!Double.isFinite(initialValue)) {
            throw new IllegalArgumentException("initialValue: expected a finite number, found " + initialValue);
        }
        if (planningSteps < 0) {
            throw new IllegalArgumentException("planningSteps: expected a non-negative number, found "
                    + planningSteps);
        }
    }

    /**
     * This config with another number of planning steps.
     *
     * @param steps the planning steps
     * @return the new config
     */
    public DynaQConfig withPlanningSteps(int steps) {
        return new DynaQConfig(learningRate, discount, initialValue, exploration, steps);
    }

    /**
     * This config with another exploration.
     *
     * @param newExploration the exploration
     * @return the new config
     */
    public DynaQConfig withExploration(Exploration newExploration) {
        return new DynaQConfig(learningRate, discount, initialValue, newExploration, planningSteps);
    }
}
