package io.aifgym.gym.golden;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.List;

/** Conversions from the JSON-shaped values of a {@link GoldenCase} to arrays and tensors. */
public final class GoldenValues {

    private GoldenValues() {
    }

    /**
     * A nested list of numbers as a tensor (a number gives a rank-0 tensor).
     *
     * @param value nested lists of numbers, rectangular
     * @return the tensor
     * @throws IllegalArgumentException if the value is not a rectangular array of numbers
     */
    public static DoubleTensor tensor(Object value) {
        List<Integer> shape = new ArrayList<>();
        Object cursor = value;
        while (cursor instanceof List<?> l) {
            shape.add(l.size());
            cursor = l.isEmpty() ? null : l.get(0);
        }
        int[] dims = shape.stream().mapToInt(Integer::intValue).toArray();
        long size = 1;
        for (int d : dims) {
            size *= d;
        }
        double[] data = new double[(int) size];
        int[] pos = {0};
        fill(value, 0, dims, data, pos);
        return DoubleTensor.wrap(data, dims);
    }

    private static void fill(Object value, int depth, int[] dims, double[] data, int[] pos) {
        if (depth == dims.length) {
            if (!(value instanceof Number n)) {
                throw new IllegalArgumentException("expected a number at depth " + depth + ", found " + value);
            }
            data[pos[0]++] = n.doubleValue();
            return;
        }
        if (!(value instanceof List<?> l) || l.size() != dims[depth]) {
            throw new IllegalArgumentException("expected a list of " + dims[depth] + " at depth " + depth
                    + " (ragged array), found " + (value instanceof List<?> l2 ? "a list of " + l2.size() : value));
        }
        for (Object o : l) {
            fill(o, depth + 1, dims, data, pos);
        }
    }

    /**
     * A list of numbers as doubles.
     *
     * @param value a flat list of numbers
     * @return the array
     */
    public static double[] doubles(Object value) {
        DoubleTensor t = tensor(value);
        if (t.rank() != 1) {
            throw new IllegalArgumentException("expected a flat list of numbers, found rank " + t.rank());
        }
        return t.data();
    }

    /**
     * A list of integers as ints.
     *
     * @param value a flat list of integers
     * @return the array
     */
    public static int[] ints(Object value) {
        double[] d = doubles(value);
        int[] out = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (int) d[i];
            if (out[i] != d[i]) {
                throw new IllegalArgumentException("expected integers, found " + d[i] + " at " + i);
            }
        }
        return out;
    }

    /**
     * A list as a Java list of its elements (one level).
     *
     * @param value a list
     * @return its elements
     */
    public static List<?> list(Object value) {
        if (!(value instanceof List<?> l)) {
            throw new IllegalArgumentException("expected a list, found " + value);
        }
        return l;
    }

    /**
     * A list of arrays (per factor or modality) as tensors.
     *
     * @param value a list of nested lists
     * @return one tensor per element
     */
    public static List<DoubleTensor> tensors(Object value) {
        return list(value).stream().map(GoldenValues::tensor).toList();
    }
}
