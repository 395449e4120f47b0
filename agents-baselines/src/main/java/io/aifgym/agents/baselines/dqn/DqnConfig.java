package io.aifgym.agents.baselines.dqn;

import io.aifgym.agents.baselines.explore.Exploration;
import java.util.List;
import java.util.Objects;

/**
 * The config of {@code dqn}.
 *
 * @param hiddenLayers the widths of the hidden ReLU layers, each positive; default {@code [64]}
 * @param learningRate Adam's step size, positive; default 1e-3
 * @param discount gamma in {@code [0, 1]}; default 0.99
 * @param batchSize transitions per gradient step, positive; default 32
 * @param replayCapacity the most transitions kept, at least {@code batchSize}; default 10,000
 * @param learningStarts steps before the first gradient step, non-negative; default 500
 * @param trainEvery steps between gradient steps, positive; default 1
 * @param targetUpdateEvery steps between copies of the online network into the target
 *     network, positive; default 250
 * @param doubleDqn whether the target's action is chosen by the online network (double DQN);
 *     default false
 * @param exploration the exploration strategy; default {@link Exploration#DEFAULT}
 */
public record DqnConfig(List<Integer> hiddenLayers, double learningRate, double discount, int batchSize,
        int replayCapacity, int learningStarts, int trainEvery, int targetUpdateEvery, boolean doubleDqn,
        Exploration exploration) {

    /** The defaults listed on the components. */
    public static final DqnConfig DEFAULT = new DqnConfig(List.of(64), 1e-3, 0.99, 32, 10_000, 500, 1, 250, false,
            Exploration.DEFAULT);

    /** Validates the config and copies the list. */
    public DqnConfig {
        Objects.requireNonNull(hiddenLayers, "hiddenLayers");
        Objects.requireNonNull(exploration, "exploration");
        for (int i = 0; i < hiddenLayers.size(); i++) {
            Integer width = hiddenLayers.get(i);
            if (width == null || width <= 0) {
                throw new IllegalArgumentException("hiddenLayers[" + i + "]: expected a positive width, found "
                        + width);
            }
        }
        hiddenLayers = List.copyOf(hiddenLayers);
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("learningRate: expected a positive finite number, found "
                    + learningRate);
        }
        if (!(discount >= 0 && discount <= 1)) {
            throw new IllegalArgumentException("discount: expected a value in [0, 1], found " + discount);
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize: expected a positive number, found " + batchSize);
        }
        if (replayCapacity < batchSize) {
            throw new IllegalArgumentException("replayCapacity: expected at least batchSize (" + batchSize
                    + "), found " + replayCapacity);
        }
        if (learningStarts < 0) {
            throw new IllegalArgumentException("learningStarts: expected a non-negative number, found "
                    + learningStarts);
        }
        if (trainEvery <= 0) {
            throw new IllegalArgumentException("trainEvery: expected a positive number, found " + trainEvery);
        }
        if (targetUpdateEvery <= 0) {
            throw new IllegalArgumentException("targetUpdateEvery: expected a positive number, found "
                    + targetUpdateEvery);
        }
    }

    /**
     * This config with other training sizes.
     *
     * @param newBatchSize the batch size
     * @param newLearningStarts the steps before training
     * @param newTargetUpdateEvery the steps between target copies
     * @return the new config
     */
    public DqnConfig withTraining(int newBatchSize, int newLearningStarts, int newTargetUpdateEvery) {
        return new DqnConfig(hiddenLayers, learningRate, discount, newBatchSize, replayCapacity, newLearningStarts,
                trainEvery, newTargetUpdateEvery, doubleDqn, exploration);
    }

    /**
     * This config with another network and step size.
     *
     * @param newHiddenLayers the hidden widths
     * @param newLearningRate Adam's step size
     * @return the new config
     */
    public DqnConfig withNetwork(List<Integer> newHiddenLayers, double newLearningRate) {
        return new DqnConfig(newHiddenLayers, newLearningRate, discount, batchSize, replayCapacity, learningStarts,
                trainEvery, targetUpdateEvery, doubleDqn, exploration);
    }

    /**
     * This config with another discount.
     *
     * @param gamma the discount
     * @return the new config
     */
    public DqnConfig withDiscount(double gamma) {
        return new DqnConfig(hiddenLayers, learningRate, gamma, batchSize, replayCapacity, learningStarts,
                trainEvery, targetUpdateEvery, doubleDqn, exploration);
    }

    /**
     * This config with another exploration.
     *
     * @param newExploration the exploration
     * @return the new config
     */
    public DqnConfig withExploration(Exploration newExploration) {
        return new DqnConfig(hiddenLayers, learningRate, discount, batchSize, replayCapacity, learningStarts,
                trainEvery, targetUpdateEvery, doubleDqn, newExploration);
    }

    /**
     * This config with double DQN on or off.
     *
     * @param enabled whether double DQN is used
     * @return the new config
     */
    public DqnConfig withDoubleDqn(boolean enabled) {
        return new DqnConfig(hiddenLayers, learningRate, discount, batchSize, replayCapacity, learningStarts,
                trainEvery, targetUpdateEvery, enabled, exploration);
    }
}
