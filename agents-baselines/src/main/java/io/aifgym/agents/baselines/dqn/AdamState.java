package io.aifgym.agents.baselines.dqn;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Adam's moment estimates (Kingma and Ba 2015) for the flat parameters of a {@link QNetwork},
 * immutable: {@link #step} copies the moments and applies ND4J's Adam updater to the copy, so
 * this state is unchanged. The constants are Adam's defaults: {@code beta1 = 0.9},
 * {@code beta2 = 0.999}, {@code epsilon = 1e-8}; ND4J's updater uses the paper's efficient form,
 * {@code theta -= lr * sqrt(1 - beta2^t) / (1 - beta1^t) * m / (sqrt(v) + epsilon)}.
 */
public final class AdamState {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final INDArray moments;
    private final long steps;

    private AdamState(INDArray moments, long steps) {
        this.moments = moments;
        this.steps = steps;
    }

    /**
     * Zero moments for a network's parameters.
     *
     * @param network the network
     * @return the state
     */
    static AdamState zeros(QNetwork network) {
        INDArray p = network.parameters();
        return new AdamState(Nd4j.zeros(p.dataType(), 1, 2 * p.size(1)), 0);
    }

    /**
     * Moments read back from a checkpoint ({@link SavedDqnState}).
     *
     * @param firstMoments m, one per parameter
     * @param secondMoments v, one per parameter (as many as {@code firstMoments})
     * @param steps the steps taken, non-negative
     * @return the state
     */
    static AdamState of(double[] firstMoments, double[] secondMoments, long steps) {
        double[] both = new double[firstMoments.length + secondMoments.length];
        System.arraycopy(firstMoments, 0, both, 0, firstMoments.length);
        System.arraycopy(secondMoments, 0, both, firstMoments.length, secondMoments.length);
        return new AdamState(Nd4j.create(both, new long[] {1, both.length}, DataType.DOUBLE), steps);
    }

    /** @return the number of steps taken */
    public long steps() {
        return steps;
    }

    /**
     * One Adam step: the updated network and moments, as new arrays (attached to the current
     * workspace, if any). {@code gradient} is overwritten with the update.
     */
    Update step(QNetwork network, INDArray gradient, double learningRate) {
        INDArray next = moments.dup();
        GradientUpdater<?> updater = new Adam(learningRate, BETA1, BETA2, EPSILON).instantiate(next, false);
        updater.applyUpdater(gradient, Math.toIntExact(steps), 0);
        return new Update(network.withParameters(network.parameters().sub(gradient)), new AdamState(next, steps + 1));
    }

    /**
     * The first moment estimates (m), in the order of the network's flat parameters: the first
     * half of ND4J's Adam state view.
     */
    double[] firstMoments() {
        double[] both = QNetwork.values(moments);
        return Arrays.copyOfRange(both, 0, both.length / 2);
    }

    /** The second moment estimates (v), in the same order: the second half of the view. */
    double[] secondMoments() {
        double[] both = QNetwork.values(moments);
        return Arrays.copyOfRange(both, both.length / 2, both.length);
    }

    /** This state with its moments detached from the current workspace. */
    AdamState detached() {
        return moments.isAttached() ? new AdamState(moments.detach(), steps) : this;
    }

    /** States are equal when they have taken the same steps to the same moments. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AdamState a && a.steps == steps
                && Arrays.equals(QNetwork.values(a.moments), QNetwork.values(moments));
    }

    @Override
    public int hashCode() {
        return Long.hashCode(steps);
    }

    /**
     * The result of one step.
     *
     * @param network the updated network
     * @param adam the updated moments
     */
    record Update(QNetwork network, AdamState adam) {
    }
}
