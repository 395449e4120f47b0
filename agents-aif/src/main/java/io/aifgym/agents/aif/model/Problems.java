package io.aifgym.agents.aif.model;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects validation problems of a generative model, each naming the tensor, the index, the
 * expected and the found value. Not API.
 */
final class Problems {

    /** pymdp's {@code isclose} tolerances for normalisation ({@code utils.validate_normalization}). */
    static final double RTOL = 1e-5;
    static final double ATOL = 1e-8;

    /** The most problems of one kind listed per tensor before a summary line. */
    private static final int PER_TENSOR_LIMIT = 5;

    private final List<String> list = new ArrayList<>();
    private final String prefix;

    Problems(String prefix) {
        this.prefix = prefix;
    }

    void add(String problem) {
        list.add(prefix + problem);
    }

    List<String> list() {
        return list;
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    static boolean isClose(double value, double target) {
        return Math.abs(value - target) <= ATOL + RTOL * Math.abs(target);
    }

    /** "[2, 0, 1]" as the index of one element of a tensor of the given shape. */
    static String elementIndex(int flat, int[] shape) {
        int[] idx = new int[shape.length];
        for (int k = shape.length - 1; k >= 0; k--) {
            idx[k] = flat % shape[k];
            flat /= shape[k];
        }
        return Arrays.toString(idx);
    }

    /** "[:, 1, 0]" as the index of one column (all of axis 0) of a tensor of the given shape. */
    static String columnIndex(int column, int[] shape) {
        StringBuilder sb = new StringBuilder("[:");
        int[] idx = new int[shape.length - 1];
        for (int k = shape.length - 1; k >= 1; k--) {
            idx[k - 1] = column % shape[k];
            column /= shape[k];
        }
        for (int i : idx) {
            sb.append(", ").append(i);
        }
        return sb.append(']').toString();
    }

    /**
     * Checks every element is finite and, if {@code nonNegative}, not below 0.
     *
     * @return whether all elements passed
     */
    boolean checkValues(String name, DoubleTensor t, boolean nonNegative, String what) {
        double[] d = t.unsafeData();
        int[] shape = t.shape();
        int bad = 0;
        for (int i = 0; i < d.length; i++) {
            double v = d[i];
            String problem = null;
            if (!Double.isFinite(v)) {
                problem = "expected a finite number, found " + v;
            } else if (nonNegative && v < 0.0) {
                problem = "expected a non-negative " + what + ", found " + v;
            }
            if (problem != null) {
                if (bad < PER_TENSOR_LIMIT) {
                    add(name + elementIndex(i, shape) + ": " + problem);
                }
                bad++;
            }
        }
        if (bad > PER_TENSOR_LIMIT) {
            add(name + ": " + (bad - PER_TENSOR_LIMIT) + " more elements that are not finite"
                    + (nonNegative ? " non-negative " + what + "s" : " numbers"));
        }
        return bad == 0;
    }

    /**
     * pymdp's {@code validate_normalization} over axis 0: no column may sum to ~0, every
     * column must sum to ~1.
     */
    void checkColumnsNormalised(String name, DoubleTensor t) {
        int[] shape = t.shape();
        int rows = shape[0];
        if (rows == 0) {
            return;
        }
        double[] d = t.unsafeData();
        int cols = d.length / rows;
        double[] sums = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                sums[c] += d[r * cols + c];
            }
        }
        int zero = 0;
        int off = 0;
        for (int c = 0; c < cols; c++) {
            if (isClose(sums[c], 0.0)) {
                if (zero < PER_TENSOR_LIMIT) {
                    add(name + columnIndex(c, shape) + ": expected a distribution over axis 0 summing to 1, "
                            + "found a sum of " + sums[c] + " (sums to zero)");
                }
                zero++;
            } else if (!isClose(sums[c], 1.0)) {
                if (off < PER_TENSOR_LIMIT) {
                    add(name + columnIndex(c, shape) + ": expected a distribution over axis 0 summing to 1 (rtol "
                            + RTOL + ", atol " + ATOL + "), found a sum of " + sums[c]
                            + " (not properly normalised)");
                }
                off++;
            }
        }
        if (zero > PER_TENSOR_LIMIT) {
            add(name + ": " + (zero - PER_TENSOR_LIMIT) + " more columns that sum to zero");
        }
        if (off > PER_TENSOR_LIMIT) {
            add(name + ": " + (off - PER_TENSOR_LIMIT) + " more columns that do not sum to 1");
        }
    }

    /** @return whether the shapes are equal; adds a problem otherwise */
    boolean checkShape(String name, int[] expected, DoubleTensor found, String because) {
        if (!Arrays.equals(expected, found.shape())) {
            add(name + ": expected shape " + Arrays.toString(expected) + because + ", found "
                    + Arrays.toString(found.shape()));
            return false;
        }
        return true;
    }
}
