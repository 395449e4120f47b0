package io.aifgym.agents.baselines.dqn;

import io.aifgym.gym.random.Key;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * An immutable multilayer perceptron on ND4J {@code double} arrays: ReLU hidden layers and a
 * linear output with one Q-value per action. Layer l maps a row batch {@code h} to
 * {@code h W_l + b_l} with {@code W_l} of shape {@code [in, out]} and {@code b_l} of shape
 * {@code [1, out]}.
 *
 * <p>All parameters live in one flat row vector {@code [1, P]}, layer by layer, each weight
 * matrix row-major followed by its bias, and the layers are views of it; so an optimiser step
 * is a few operations on one array, not a few per layer. The array is never written after
 * construction; updates make a new network.
 */
public final class QNetwork {

    private final int[] sizes;
    private final INDArray parameters;
    private final INDArray[] weights;
    private final INDArray[] biases;

    QNetwork(int[] sizes, INDArray parameters) {
        this.sizes = sizes.clone();
        long count = parameterCount(sizes);
        if (parameters.rank() != 2 || parameters.size(0) != 1 || parameters.size(1) != count) {
            throw new IllegalArgumentException("parameters: expected shape [1, " + count + "], found "
                    + Arrays.toString(parameters.shape()));
        }
        this.parameters = parameters;
        int layers = sizes.length - 1;
        this.weights = new INDArray[layers];
        this.biases = new INDArray[layers];
        long offset = 0;
        for (int l = 0; l < layers; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            weights[l] = parameters.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + (long) in * out))
                    .reshape('c', in, out);
            offset += (long) in * out;
            biases[l] = parameters.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + out))
                    .reshape('c', 1, out);
            offset += out;
        }
    }

    /**
     * The number of parameters of a network with the given layer widths.
     *
     * @param sizes the widths, input first
     * @return the weights and biases of every layer
     */
    static long parameterCount(int[] sizes) {
        long count = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            count += (long) sizes[l] * sizes[l + 1] + sizes[l + 1];
        }
        return count;
    }

    /**
     * A network with PyTorch's default {@code Linear} initialisation: every weight and bias
     * uniform in {@code [-1/sqrt(fanIn), 1/sqrt(fanIn)]}, drawn in Java from the key's
     * generator in the order of the flat parameter vector.
     *
     * @param sizes the layer widths, input first and output last, each positive
     * @param key the key of the initialisation
     * @return the network
     */
    public static QNetwork initialise(int[] sizes, Key key) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("sizes: expected an input and an output width at least, found "
                    + Arrays.toString(sizes));
        }
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] <= 0) {
                throw new IllegalArgumentException("sizes[" + i + "]: expected a positive width, found " + sizes[i]);
            }
        }
        UniformRandomProvider g = key.generator();
        double[] values = new double[Math.toIntExact(parameterCount(sizes))];
        int i = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            double bound = 1 / Math.sqrt(sizes[l]);
            int count = sizes[l] * sizes[l + 1] + sizes[l + 1];
            for (int k = 0; k < count; k++) {
                values[i++] = bound * (2 * g.nextDouble() - 1);
            }
        }
        return new QNetwork(sizes, Nd4j.create(values, new long[] {1, values.length}, DataType.DOUBLE));
    }

    /**
     * A network over given flat parameters, as a checkpoint saved them ({@link #toFlatArray}).
     *
     * @param sizes the layer widths, input first
     * @param values the {@link #parameterCount} parameters, in the flat vector's order
     * @return the network
     * @throws IllegalArgumentException if the number of values is not the parameter count
     */
    static QNetwork of(int[] sizes, double[] values) {
        return new QNetwork(sizes, Nd4j.create(values, new long[] {1, values.length}, DataType.DOUBLE));
    }

    /** @return the layer widths, input first and output last (a new array) */
    int[] sizes() {
        return sizes.clone();
    }

    /** @return the number of layers (weight matrices) */
    public int layers() {
        return weights.length;
    }

    /** @return the input width */
    public int inputSize() {
        return sizes[0];
    }

    /** @return the output width (number of actions) */
    public int outputSize() {
        return sizes[sizes.length - 1];
    }

    /** The flat parameter vector {@code [1, P]}; never write to it. */
    INDArray parameters() {
        return parameters;
    }

    /** A network of the same shape over other parameters. */
    QNetwork withParameters(INDArray newParameters) {
        return new QNetwork(sizes, newParameters);
    }

    /**
     * The forward pass keeping what backpropagation needs: element 0 is the input, element
     * {@code l + 1} the pre-activation of layer l (the last one is the output).
     */
    INDArray[] forwardTrace(INDArray input) {
        INDArray[] trace = new INDArray[weights.length + 1];
        trace[0] = input;
        INDArray h = input;
        for (int l = 0; l < weights.length; l++) {
            INDArray z = h.mmul(weights[l]).addiRowVector(biases[l]);
            trace[l + 1] = z;
            h = l < weights.length - 1 ? Transforms.relu(z, true) : z;
        }
        return trace;
    }

    /**
     * The Q-values of a batch.
     *
     * @param input the batch, shape {@code [n, inputSize]}
     * @return the Q-values, shape {@code [n, outputSize]}
     */
    INDArray forward(INDArray input) {
        INDArray[] trace = forwardTrace(input);
        return trace[trace.length - 1];
    }

    /**
     * The gradient of a loss with respect to the flat parameters, given its gradient with
     * respect to the output.
     *
     * @param trace the trace of {@link #forwardTrace}
     * @param outputGradient dLoss/dOutput, shape {@code [n, outputSize]}
     * @return the gradient, shape {@code [1, P]}, in the parameters' order
     */
    INDArray gradient(INDArray[] trace, INDArray outputGradient) {
        int layers = weights.length;
        INDArray[] parts = new INDArray[2 * layers];
        INDArray dz = outputGradient;
        for (int l = layers - 1; l >= 0; l--) {
            INDArray h = l == 0 ? trace[0] : Transforms.relu(trace[l], true);
            parts[2 * l] = h.transpose().mmul(dz);
            parts[2 * l + 1] = dz.sum(true, 0);
            if (l > 0) {
                dz = dz.mmul(weights[l].transpose()).muli(trace[l].gt(0).castTo(DataType.DOUBLE));
            }
        }
        return Nd4j.toFlattened('c', parts).reshape('c', 1, parameters.size(1));
    }

    /**
     * All parameters as one Java array, in the flat vector's order.
     *
     * @return a new array
     */
    public double[] toFlatArray() {
        return values(parameters);
    }

    /** The values of an array in row-major order, as a new Java array. */
    static double[] values(INDArray array) {
        return array.dup('c').data().asDouble();
    }

    /** Networks are equal when they have the same shapes and parameters. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof QNetwork n && Arrays.equals(n.sizes, sizes)
                && Arrays.equals(toFlatArray(), n.toFlatArray());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(toFlatArray());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("QNetwork[").append(sizes[0]);
        for (int l = 1; l < sizes.length; l++) {
            sb.append(" -> ").append(sizes[l]);
        }
        return sb.append(']').toString();
    }
}
