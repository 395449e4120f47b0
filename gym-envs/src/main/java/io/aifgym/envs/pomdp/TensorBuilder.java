package io.aifgym.envs.pomdp;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;

/**
 * A mutable row-major tensor under construction, for building pymdp's A, B and D the way
 * pymdp does ({@code A.at[o, s, c].set(p)}); {@link #build()} hands the array to an immutable
 * {@link DoubleTensor}. A builder is confined to the method that builds one tensor.
 */
public final class TensorBuilder {

    private final int[] shape;
    private double[] data;

    private TensorBuilder(int[] shape) {
        this.shape = shape.clone();
        long size = 1;
        for (int s : shape) {
            if (s <= 0) {
                throw new IllegalArgumentException("shape: expected positive sizes, found " + Arrays.toString(shape));
            }
            size *= s;
        }
        this.data = new double[Math.toIntExact(size)];
    }

    /**
     * A tensor of zeros.
     *
     * @param shape the shape
     * @return the builder
     */
    public static TensorBuilder zeros(int... shape) {
        return new TensorBuilder(shape);
    }

    /**
     * The identity matrix {@code I_n}.
     *
     * @param n the size
     * @return the tensor
     */
    public static DoubleTensor identity(int n) {
        TensorBuilder b = zeros(n, n);
        for (int i = 0; i < n; i++) {
            b.set(1.0, i, i);
        }
        return b.build();
    }

    /**
     * The transition of a factor that never changes and has one action: {@code I_n} of shape
     * {@code (n, n, 1)}.
     *
     * @param n the number of states
     * @return the tensor
     */
    public static DoubleTensor staticTransition(int n) {
        TensorBuilder b = zeros(n, n, 1);
        for (int i = 0; i < n; i++) {
            b.set(1.0, i, i, 0);
        }
        return b.build();
    }

    /**
     * The one-hot vector {@code onehot(i, n)}.
     *
     * @param i the hot index
     * @param n the length
     * @return the vector
     */
    public static DoubleTensor oneHot(int i, int n) {
        TensorBuilder b = zeros(n);
        b.set(1.0, i);
        return b.build();
    }

    /**
     * The uniform distribution over {@code n} states.
     *
     * @param n the length
     * @return the vector
     */
    public static DoubleTensor uniform(int n) {
        TensorBuilder b = zeros(n);
        for (int i = 0; i < n; i++) {
            b.set(1.0 / n, i);
        }
        return b.build();
    }

    /**
     * Sets one element.
     *
     * @param value the value
     * @param index one index per axis
     * @return this builder
     */
    public TensorBuilder set(double value, int... index) {
        data[offset(index)] = value;
        return this;
    }

    /**
     * Reads one element.
     *
     * @param index one index per axis
     * @return the value
     */
    public double get(int... index) {
        return data[offset(index)];
    }

    private int offset(int[] index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("index: expected " + shape.length + " indices, found " + index.length);
        }
        int off = 0;
        for (int a = 0; a < shape.length; a++) {
            if (index[a] < 0 || index[a] >= shape[a]) {
                throw new IllegalArgumentException("index[" + a + "]: expected [0, " + shape[a] + "), found "
                        + index[a]);
            }
            off = off * shape[a] + index[a];
        }
        return off;
    }

    /**
     * The immutable tensor; the builder cannot be used afterwards.
     *
     * @return the tensor
     */
    public DoubleTensor build() {
        if (data == null) {
            throw new IllegalStateException("TensorBuilder.build: already built");
        }
        DoubleTensor t = DoubleTensor.wrap(data, shape);
        data = null;
        return t;
    }
}
