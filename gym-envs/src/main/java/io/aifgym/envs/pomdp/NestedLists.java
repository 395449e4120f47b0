package io.aifgym.envs.pomdp;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Conversions between tensors and the nested lists of numbers a JSON or YAML config holds
 * (row-major, as NumPy's {@code tolist()}).
 */
public final class NestedLists {

    private NestedLists() {
    }

    /**
     * A rectangular nested list of numbers as a tensor (rank at least 1).
     *
     * @param value nested lists of numbers
     * @param name the field name for messages
     * @return the tensor
     * @throws IllegalArgumentException if the value is not a rectangular, non-empty array of numbers
     */
    public static DoubleTensor toTensor(Object value, String name) {
        List<Integer> shape = new ArrayList<>();
        Object cursor = value;
        while (cursor instanceof List<?> l) {
            if (l.isEmpty()) {
                throw new IllegalArgumentException(name + ": expected a non-empty nested list of numbers, found an "
                        + "empty list at depth " + shape.size());
            }
            shape.add(l.size());
            cursor = l.get(0);
        }
        if (shape.isEmpty()) {
            throw new IllegalArgumentException(name + ": expected a nested list of numbers, found " + value);
        }
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        long size = 1;
        for (int d : dims) {
            size *= d;
        }
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + ": expected fewer than 2^31 elements, found " + size);
        }
        double[] data = new double[(int) size];
        int[] pos = {0};
        fill(value, 0, dims, data, pos, name);
        return DoubleTensor.wrap(data, dims);
    }

    private static void fill(Object value, int depth, int[] dims, double[] data, int[] pos, String name) {
        if (depth == dims.length) {
            if (!(value instanceof Number n)) {
                throw new IllegalArgumentException(name + ": expected a number at depth " + depth + ", found " + value);
            }
            data[pos[0]++] = n.doubleValue();
            return;
        }
        if (!(value instanceof List<?> l) || l.size() != dims[depth]) {
            throw new IllegalArgumentException(name + ": expected a rectangular array with " + dims[depth]
                    + " entries at depth " + depth + ", found " + (value instanceof List<?> l2 ? l2.size() + " entries"
                            : String.valueOf(value)));
        }
        for (Object o : l) {
            fill(o, depth + 1, dims, data, pos, name);
        }
    }

    /**
     * A tensor as nested lists of doubles.
     *
     * @param tensor the tensor (rank at least 1)
     * @return immutable nested lists
     */
    public static Object fromTensor(DoubleTensor tensor) {
        return nest(tensor.unsafeData(), tensor.shape(), 0, 0);
    }

    private static Object nest(double[] data, int[] shape, int axis, int offset) {
        int stride = 1;
        for (int a = axis + 1; a < shape.length; a++) {
            stride *= shape[a];
        }
        List<Object> out = new ArrayList<>(shape[axis]);
        for (int i = 0; i < shape[axis]; i++) {
            out.add(axis == shape.length - 1 ? (Object) data[offset + i]
                    : nest(data, shape, axis + 1, offset + i * stride));
        }
        return List.copyOf(out);
    }

    /**
     * A deep, immutable copy of nested lists of numbers (numbers become doubles).
     *
     * @param value nested lists of numbers
     * @param name the field name for messages
     * @return the copy
     * @throws IllegalArgumentException if an element is neither a list nor a number
     */
    public static Object copy(Object value, String name) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(copy(o, name));
            }
            return List.copyOf(out);
        }
        throw new IllegalArgumentException(name + ": expected nested lists of numbers, found " + value);
    }
}
