package io.aifgym.agents.aif.planning;

/**
 * The one contraction the searches repeat most: a tensor contracted with a vector on every
 * axis but one, {@code out[k] = Σ x[i_0, ..., k, ..., i_r] Π_{j ≠ keep} v_j[i_j]}, as one pass
 * over the tensor viewed as {@code (before, kept, after)} blocks with the outer products of the
 * vectors before and after the kept axis as weights. Allocation-free with caller scratch.
 */
final class Contractions {

    private Contractions() {
    }

    /**
     * Contracts every axis but {@code keep}.
     *
     * @param x the tensor, row-major
     * @param offset where it starts in {@code x}
     * @param shape its shape
     * @param keep the axis kept
     * @param vectors one vector per axis ({@code vectors[keep]} is ignored)
     * @param out where to write {@code shape[keep]} values
     * @param before scratch of at least the product of the sizes before {@code keep}
     * @param after scratch of at least the product of the sizes after {@code keep}
     */
    static void keepAxis(double[] x, int offset, int[] shape, int keep, double[][] vectors, double[] out,
            double[] before, double[] after) {
        int nBefore = outer(shape, vectors, 0, keep, before);
        int nAfter = outer(shape, vectors, keep + 1, shape.length, after);
        int kept = shape[keep];
        for (int k = 0; k < kept; k++) {
            out[k] = 0.0;
        }
        for (int p = 0; p < nBefore; p++) {
            double wp = before[p];
            if (wp == 0.0) {
                continue;
            }
            int base = offset + p * kept * nAfter;
            for (int k = 0; k < kept; k++) {
                int row = base + k * nAfter;
                double s = 0.0;
                for (int q = 0; q < nAfter; q++) {
                    s += x[row + q] * after[q];
                }
                out[k] += wp * s;
            }
        }
    }

    /** The outer product of vectors[from..to) into out (row-major, last fastest); returns its size. */
    private static int outer(int[] shape, double[][] vectors, int from, int to, double[] out) {
        out[0] = 1.0;
        int size = 1;
        for (int j = from; j < to; j++) {
            double[] v = vectors[j];
            int n = shape[j];
            for (int i = size - 1; i >= 0; i--) {
                double w = out[i];
                for (int s = n - 1; s >= 0; s--) {
                    out[i * n + s] = w * v[s];
                }
            }
            size *= n;
        }
        return size;
    }

    /**
     * The product of the sizes of an axis range.
     *
     * @param shape the shape
     * @param from the first axis
     * @param to one past the last axis
     * @return the product (1 for an empty range)
     */
    static int product(int[] shape, int from, int to) {
        int p = 1;
        for (int j = from; j < to; j++) {
            p *= shape[j];
        }
        return p;
    }
}
