package io.aifgym.agents.baselines.explore;

import java.util.Objects;

/**
 * The exploration part of an agent's config: a {@link Strategy} with its schedule. Only the
 * schedule of the chosen strategy is used; both are validated.
 *
 * <pre>{@code
 * { "strategy": "EPSILON_GREEDY",
 *   "epsilon": { "decay": "LINEAR", "start": 1.0, "end": 0.05, "duration": 10000, "clock": "STEPS" },
 *   "temperature": { "decay": "CONSTANT", "start": 1.0, "end": 1.0, "duration": 1, "clock": "STEPS" } }
 * }</pre>
 *
 * @param strategy epsilon-greedy or softmax
 * @param epsilon the exploration probability of epsilon-greedy; values in {@code [0, 1]}
 * @param temperature the softmax temperature; positive values
 */
public record Exploration(Strategy strategy, Schedule epsilon, Schedule temperature) {

    /**
     * Epsilon-greedy with epsilon falling linearly from 1.0 to 0.05 over 10,000 steps (softmax
     * temperature 1.0 if switched to softmax).
     */
    public static final Exploration DEFAULT = new Exploration(Strategy.EPSILON_GREEDY,
            Schedule.linear(1.0, 0.05, 10_000), Schedule.constant(1.0));

    /** Validates the strategy and the ranges of both schedules. */
    public Exploration {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(epsilon, "epsilon");
        Objects.requireNonNull(temperature, "temperature");
        double[] e = epsilon.range();
        if (!(e[0] >= 0 && e[1] <= 1)) {
            throw new IllegalArgumentException("epsilon: expected values in [0, 1], found start " + epsilon.start()
                    + " and end " + epsilon.end());
        }
        double[] t = temperature.range();
        if (!(t[0] > 0)) {
            throw new IllegalArgumentException("temperature: expected positive values, found start "
                    + temperature.start() + " and end " + temperature.end());
        }
    }

    /**
     * Epsilon-greedy with a schedule.
     *
     * @param epsilon the schedule
     * @return the exploration
     */
    public static Exploration epsilonGreedy(Schedule epsilon) {
        return new Exploration(Strategy.EPSILON_GREEDY, epsilon, DEFAULT.temperature());
    }

    /**
     * Softmax with a temperature schedule.
     *
     * @param temperature the schedule
     * @return the exploration
     */
    public static Exploration softmax(Schedule temperature) {
        return new Exploration(Strategy.SOFTMAX, DEFAULT.epsilon(), temperature);
    }

    /**
     * The parameter of the chosen strategy (epsilon or temperature) after the given experience.
     *
     * @param steps completed steps
     * @param episodes completed episodes
     * @return epsilon or the temperature
     */
    public double parameter(long steps, long episodes) {
        return strategy == Strategy.EPSILON_GREEDY ? epsilon.at(steps, episodes) : temperature.at(steps, episodes);
    }
}
