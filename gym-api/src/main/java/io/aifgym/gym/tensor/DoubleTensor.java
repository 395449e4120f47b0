package io.aifgym.gym.tensor;

import java.util.Arrays;

/**
 * An immutable dense tensor of doubles in row-major (C) order with an explicit shape, as
 * NumPy lays out pymdp's arrays. No broadcasting: operations check shapes and say both.
 *
 * <p>Hot loops read {@link #data()} (a copy) once or use {@link #unsafeData()} inside the
 * library, which must not write to it.
 */
public final class DoubleTensor {

    private final int[] shape;
    private final double[] data;

    private DoubleTensor(int[] shape, double[] data) {
        this.shape = shape;
        this.data = data;
    }

    /**
     * A tensor over a copy of {@code data}.
     *
     * @param data the elements in row-major order
     * @param shape the shape, each size non-negative, product equal to {@code data.length}
     * @return the tensor
     */
    public static DoubleTensor of(double[] data, int... shape) {
        long size = sizeOf(shape);
        if (size != data.length) {
            throw new IllegalArgumentException("tensor: expected " + size + " elements for shape "
                    + Arrays.toString(shape) + ", found " + data.length);
        }
        return new DoubleTensor(shape.clone(), data.clone());
    }

    /**
     * A tensor that takes ownership of {@code data} without copying; the caller must not
     * keep or change the array. For library code that has just built the array.
     *
     * @param data the elements, owned by the tensor from now on
     * @param shape the shape
     * @return the tensor
     */
    public static DoubleTensor wrap(double[] data, int... shape) {
        long size = sizeOf(shape);
        if (size != data.length) {
            throw new IllegalArgumentException("tensor: expected " + size + " elements for shape "
                    + Arrays.toString(shape) + ", found " + data.length);
        }
        return new DoubleTensor(shape.clone(), data);
    }

    /**
     * A tensor of zeros.
     *
     * @param shape the shape
     * @return the tensor
     */
    public static DoubleTensor zeros(int... shape) {
        return new DoubleTensor(shape.clone(), new double[(int) sizeOf(shape)]);
    }

    /**
     * A tensor filled with one value.
     *
     * @param value the value
     * @param shape the shape
     * @return the tensor
     */
    public static DoubleTensor filled(double value, int... shape) {
        double[] d = new double[(int) sizeOf(shape)];
        Arrays.fill(d, value);
        return new DoubleTensor(shape.clone(), d);
    }

    /**
     * A vector.
     *
     * @param values the elements
     * @return a rank-1 tensor
     */
    public static DoubleTensor vector(double... values) {
        return of(values, values.length);
    }

    private static long sizeOf(int[] shape) {
        long size = 1;
        for (int s : shape) {
            if (s < 0) {
                throw new IllegalArgumentException("tensor shape: expected non-negative sizes, found "
                        + Arrays.toString(shape));
            }
            size *= s;
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("tensor shape " + Arrays.toString(shape) + " has " + size
                    + " elements, more than an array can hold");
        }
        return size;
    }

    /** @return a copy of the shape */
    public int[] shape() {
        return shape.clone();
    }

    /**
     * One dimension of the shape.
     *
     * @param axis the axis
     * @return its size
     */
    public int dim(int axis) {
        return shape[axis];
    }

    /** @return the number of axes */
    public int rank() {
        return shape.length;
    }

    /** @return the number of elements */
    public int size() {
        return data.length;
    }

    /** @return a copy of the elements in row-major order */
    public double[] data() {
        return data.clone();
    }

    /**
     * The backing array, for library hot loops that only read it. Writing to it breaks
     * immutability.
     *
     * @return the backing array
     */
    public double[] unsafeData() {
        return data;
    }

    /**
     * One element.
     *
     * @param index one index per axis
     * @return the element
     */
    public double get(int... index) {
        return data[offset(index)];
    }

    /**
     * The flat offset of a multi-index.
     *
     * @param index one index per axis
     * @return the row-major offset
     */
    public int offset(int... index) {
        if (index.length != shape.length) {
            throw new IllegalArgumentException("index: expected " + shape.length + " indices for shape "
                    + Arrays.toString(shape) + ", found " + index.length);
        }
        int off = 0;
        for (int i = 0; i < index.length; i++) {
            if (index[i] < 0 || index[i] >= shape[i]) {
                throw new IllegalArgumentException("index[" + i + "]: expected in [0, " + shape[i] + "), found "
                        + index[i]);
            }
            off = off * shape[i] + index[i];
        }
        return off;
    }

    /**
     * The same elements under another shape with the same number of elements.
     *
     * @param newShape the new shape
     * @return the reshaped tensor
     */
    public DoubleTensor reshape(int... newShape) {
        if (sizeOf(newShape) != data.length) {
            throw new IllegalArgumentException("reshape: expected a shape with " + data.length + " elements, found "
                    + Arrays.toString(newShape));
        }
        return new DoubleTensor(newShape.clone(), data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DoubleTensor t && Arrays.equals(t.shape, shape) && Arrays.equals(t.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "DoubleTensor" + Arrays.toString(shape)
                + (data.length <= 16 ? Arrays.toString(data) : "[" + data.length + " elements]");
    }
}
