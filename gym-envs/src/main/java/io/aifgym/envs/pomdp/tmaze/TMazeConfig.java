package io.aifgym.envs.pomdp.tmaze;

/**
 * The configuration of {@link TMaze} and {@link SimplifiedTMaze}, bound from JSON or YAML:
 * pymdp's constructor arguments plus the reinforcement-learning reading.
 *
 * @param rewardProbability the probability of the reward outcome in the correct arm, in [0, 1] (default 1)
 * @param punishmentProbability the probability of punishment in the wrong arm when outcomes are
 *     independent, in [0, 1] (default 1)
 * @param cueValidity the probability that the cue shows the correct arm, in [0, 1] (default 0.95)
 * @param rewardCondition 0 (reward on the left) or 1 (on the right), or null for a uniform draw
 *     at every reset (default null)
 * @param dependentOutcomes whether punishment is {@code 1 - rewardProbability} in the correct arm
 *     and {@code rewardProbability} in the wrong one (default false)
 * @param categoricalObs whether observations are one-hot (default false)
 * @param rewardValue the reward of the "reward" outcome, finite (default 1)
 * @param punishmentValue the reward of the "punishment" outcome, finite (default -1)
 * @param terminateOnArm whether entering an arm ends the episode (default true)
 * @param maxEpisodeSteps the time limit, 0 for none (default 10)
 */
public record TMazeConfig(double rewardProbability, double punishmentProbability, double cueValidity,
        Integer rewardCondition, boolean dependentOutcomes, boolean categoricalObs, double rewardValue,
        double punishmentValue, boolean terminateOnArm, int maxEpisodeSteps) {

    /** pymdp's defaults, with +1/-1 rewards, episodes ending in an arm and 10 steps at most. */
    public static final TMazeConfig DEFAULT = new TMazeConfig(1.0, 1.0, 0.95, null, false, false, 1.0, -1.0, true, 10);

    /** Validates every field. */
    public TMazeConfig {
        probability(rewardProbability, "rewardProbability");
        probability(punishmentProbability, "punishmentProbability");
        probability(cueValidity, "cueValidity");
        if (rewardCondition != null && rewardCondition != 0 && rewardCondition != 1) {
            throw new IllegalArgumentException("rewardCondition: expected 0 (left), 1 (right) or null, found "
                    + rewardCondition);
        }
        if (!Double.isFinite(rewardValue)) {
            throw new IllegalArgumentException("rewardValue: expected a finite number, found " + rewardValue);
        }
        if (!Double.isFinite(punishmentValue)) {
            throw new IllegalArgumentException("punishmentValue: expected a finite number, found " + punishmentValue);
        }
        if (maxEpisodeSteps < 0) {
            throw new IllegalArgumentException("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found "
                    + maxEpisodeSteps);
        }
    }

    /**
     * pymdp's model arguments with this config's defaults for the rest.
     *
     * @param rewardProbability the reward probability
     * @param punishmentProbability the punishment probability
     * @param cueValidity the cue validity
     * @param rewardCondition the reward condition or null
     * @param dependentOutcomes whether outcomes are dependent
     * @return the config
     */
    public static TMazeConfig of(double rewardProbability, double punishmentProbability, double cueValidity,
            Integer rewardCondition, boolean dependentOutcomes) {
        return new TMazeConfig(rewardProbability, punishmentProbability, cueValidity, rewardCondition,
                dependentOutcomes, false, 1.0, -1.0, true, 10);
    }

    private static void probability(double p, String name) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + ": expected a probability in [0, 1], found " + p);
        }
    }
}
