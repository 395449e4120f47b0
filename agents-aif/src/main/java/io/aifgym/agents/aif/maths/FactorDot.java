package io.aifgym.agents.aif.maths;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;
import java.util.List;

/**
 * Tensor contractions with one vector per axis and outer products (spec section 0.3).
 *
 * <p>The general form is {@link #contract(double[], int[], double[][])}: axis {@code k} of a
 * row-major tensor is summed against {@code vectors[k]}, or kept where {@code vectors[k]} is
 * {@code null}; the result holds the kept axes in their original order. pymdp 1.0's
 * {@code factor_dot(M, xs, keep_dims)} and SPM's {@code spm_dot(X, x, dims_to_omit)} are
 * spelled on top of it. {@link #matVec}, {@link #vecMat} and {@link #contractAll} are the
 * allocation-free kernels of the hot paths.
 */
public final class FactorDot {

    private FactorDot() {
    }

    // ------------------------------------------------------------------ kernels

    /**
     * Matrix times vector, contracting the last axis: {@code out[r] = Σ_c m[off + r cols + c] v[c]}.
     *
     * @param m the matrix, row-major
     * @param offset where it starts in {@code m}
     * @param rows the number of rows
     * @param cols the number of columns ({@code v.length} at least)
     * @param v the vector
     * @param out where to write {@code rows} values (must not alias {@code v})
     */
    public static void matVec(double[] m, int offset, int rows, int cols, double[] v, double[] out) {
        for (int r = 0; r < rows; r++) {
            int base = offset + r * cols;
            double s = 0.0;
            for (int c = 0; c < cols; c++) {
                s += m[base + c] * v[c];
            }
            out[r] = s;
        }
    }

    /**
     * Vector times matrix, contracting axis 0: {@code out[c] = Σ_r v[r] m[off + r cols + c]}
     * (pymdp's {@code dot_likelihood} for a matrix; the transpose product of a transition).
     *
     * @param v the vector, {@code rows} long
     * @param m the matrix, row-major
     * @param offset where it starts in {@code m}
     * @param rows the number of rows
     * @param cols the number of columns
     * @param out where to write {@code cols} values (must not alias {@code v})
     */
    public static void vecMat(double[] v, double[] m, int offset, int rows, int cols, double[] out) {
        Arrays.fill(out, 0, cols, 0.0);
        for (int r = 0; r < rows; r++) {
            double w = v[r];
            if (w == 0.0) {
                continue;
            }
            int base = offset + r * cols;
            for (int c = 0; c < cols; c++) {
                out[c] += w * m[base + c];
            }
        }
    }

    /**
     * Contracts every axis of a tensor: {@code Σ x[i0, i1, ...] v0[i0] v1[i1] ...}.
     *
     * @param x the tensor, row-major
     * @param shape its shape
     * @param vectors one vector per axis
     * @return the scalar
     */
    public static double contractAll(double[] x, int[] shape, double[][] vectors) {
        if (shape.length == 0) {
            return x[0];
        }
        // contract the last axis directly into a running sum per prefix, recursively on the prefix
        return contractAllFrom(x, 0, shape, vectors, 0);
    }

    private static double contractAllFrom(double[] x, int offset, int[] shape, double[][] vectors, int axis) {
        double[] v = vectors[axis];
        int n = shape[axis];
        if (axis == shape.length - 1) {
            double s = 0.0;
            for (int i = 0; i < n; i++) {
                s += x[offset + i] * v[i];
            }
            return s;
        }
        int stride = Maths.product(shape, axis + 1, shape.length);
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            double w = v[i];
            if (w != 0.0) {
                s += w * contractAllFrom(x, offset + i * stride, shape, vectors, axis + 1);
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ general contraction

    /**
     * Contracts the axes of a row-major tensor with vectors, keeping the axes whose vector is
     * {@code null}.
     *
     * @param x the tensor
     * @param shape its shape
     * @param vectors one entry per axis: the vector to contract that axis with (its length the
     *     axis size), or {@code null} to keep the axis
     * @return the result over the kept axes in their original order (length 1 if none is kept)
     * @throws IllegalArgumentException if the number of vectors or a vector length disagrees
     *     with the shape
     */
    public static double[] contract(double[] x, int[] shape, double[][] vectors) {
        checkVectors(x, shape, vectors);
        int keptSize = 1;
        for (int k = 0; k < shape.length; k++) {
            if (vectors[k] == null) {
                keptSize *= shape[k];
            }
        }
        double[] out = new double[keptSize];
        double[] scratch = new double[2 * Math.max(1, x.length)];
        contractInto(x, shape, vectors, out, scratch);
        return out;
    }

    /**
     * {@link #contract(double[], int[], double[][])} without allocation.
     *
     * @param x the tensor
     * @param shape its shape
     * @param vectors one vector per axis, or {@code null} to keep the axis
     * @param out where to write the result (the product of the kept sizes)
     * @param scratch at least {@code 2 * x.length} doubles of working space
     */
    public static void contractInto(double[] x, int[] shape, double[][] vectors, double[] out, double[] scratch) {
        int rank = shape.length;
        int last = -1;
        for (int k = rank - 1; k >= 0; k--) {
            if (vectors[k] != null) {
                last = k;
                break;
            }
        }
        if (last < 0) {
            System.arraycopy(x, 0, out, 0, x.length);
            return;
        }
        int half = scratch.length / 2;
        double[] source = x;
        int sourceOffset = 0;
        int size = x.length;
        int sizeAfter = 1; // product of the sizes of axes after the current one still present
        int contracted = 0;
        int[] remaining = shape.clone();
        int first = 0;
        for (int k = 0; k < rank; k++) {
            if (vectors[k] != null) {
                first = k;
                break;
            }
        }
        for (int k = rank - 1; k >= 0; k--) {
            if (vectors[k] == null) {
                sizeAfter *= remaining[k];
                continue;
            }
            int n = remaining[k];
            int outer = size / (n * sizeAfter);
            int inner = sizeAfter;
            double[] target;
            int targetOffset;
            if (k == first) {
                target = out;
                targetOffset = 0;
            } else {
                target = scratch;
                targetOffset = (contracted % 2 == 0) ? 0 : half;
            }
            contractAxis(source, sourceOffset, outer, n, inner, vectors[k], target, targetOffset);
            source = target;
            sourceOffset = targetOffset;
            size = outer * inner;
            remaining[k] = 1;
            contracted++;
        }
    }

    /**
     * Contracts one axis: {@code out[o, i] = Σ_k x[o, k, i] v[k]} for a tensor viewed as
     * {@code (outer, n, inner)}.
     */
    private static void contractAxis(double[] x, int xOffset, int outer, int n, int inner, double[] v,
            double[] out, int outOffset) {
        if (inner == 1) {
            for (int o = 0; o < outer; o++) {
                int base = xOffset + o * n;
                double s = 0.0;
                for (int k = 0; k < n; k++) {
                    s += x[base + k] * v[k];
                }
                out[outOffset + o] = s;
            }
            return;
        }
        for (int o = 0; o < outer; o++) {
            int outBase = outOffset + o * inner;
            Arrays.fill(out, outBase, outBase + inner, 0.0);
            for (int k = 0; k < n; k++) {
                double w = v[k];
                if (w == 0.0) {
                    continue;
                }
                int base = xOffset + (o * n + k) * inner;
                for (int i = 0; i < inner; i++) {
                    out[outBase + i] += w * x[base + i];
                }
            }
        }
    }

    private static void checkVectors(double[] x, int[] shape, double[][] vectors) {
        if (vectors.length != shape.length) {
            throw new IllegalArgumentException("vectors: expected one per axis of shape " + Arrays.toString(shape)
                    + " (" + shape.length + "), found " + vectors.length);
        }
        if (Maths.product(shape) != x.length) {
            throw new IllegalArgumentException("tensor: expected " + Maths.product(shape) + " elements for shape "
                    + Arrays.toString(shape) + ", found " + x.length);
        }
        for (int k = 0; k < shape.length; k++) {
            if (vectors[k] != null && vectors[k].length != shape[k]) {
                throw new IllegalArgumentException("vectors[" + k + "]: expected length " + shape[k]
                        + " (axis " + k + " of shape " + Arrays.toString(shape) + "), found " + vectors[k].length);
            }
        }
    }

    /**
     * pymdp 1.0's {@code factor_dot(M, xs, keep_dims)}: contracts every axis not in
     * {@code keepDims}, in order, with the vectors of {@code xs}.
     *
     * @param x the tensor
     * @param shape its shape
     * @param xs one vector per contracted axis, in axis order
     * @param keepDims the axes to keep
     * @return the result over the kept axes
     * @throws IllegalArgumentException if the vectors do not match the contracted axes
     */
    public static double[] factorDot(double[] x, int[] shape, double[][] xs, int... keepDims) {
        double[][] perAxis = new double[shape.length][];
        int next = 0;
        for (int k = 0; k < shape.length; k++) {
            if (!contains(keepDims, k)) {
                if (next >= xs.length) {
                    throw new IllegalArgumentException("xs: expected " + (shape.length - keepDims.length)
                            + " vectors for shape " + Arrays.toString(shape) + " keeping " + Arrays.toString(keepDims)
                            + ", found " + xs.length);
                }
                perAxis[k] = xs[next++];
            }
        }
        if (next != xs.length) {
            throw new IllegalArgumentException("xs: expected " + next + " vectors for shape " + Arrays.toString(shape)
                    + " keeping " + Arrays.toString(keepDims) + ", found " + xs.length);
        }
        return contract(x, shape, perAxis);
    }

    /**
     * SPM's {@code spm_dot(X, x, dims_to_omit)} (and the legacy {@code spm_dot_classic}): the
     * {@code k} vectors align with the last {@code k} axes of {@code X}; the axes of the vectors
     * listed in {@code dimsToOmit} and any leading axes not covered are kept.
     *
     * @param x the tensor
     * @param vectors the vectors, aligned with the last axes
     * @param dimsToOmit indices into {@code vectors} not to contract (may be empty)
     * @return the result over the kept axes (a rank-0 tensor if none is kept)
     */
    public static DoubleTensor spmDot(DoubleTensor x, List<double[]> vectors, int... dimsToOmit) {
        int[] shape = x.shape();
        int k = vectors.size();
        if (k > shape.length) {
            throw new IllegalArgumentException("x: expected at most " + shape.length + " vectors for shape "
                    + Arrays.toString(shape) + ", found " + k);
        }
        int lead = shape.length - k;
        double[][] perAxis = new double[shape.length][];
        int[] keptShape = new int[shape.length];
        int kept = 0;
        for (int a = 0; a < shape.length; a++) {
            boolean keep = a < lead || contains(dimsToOmit, a - lead);
            if (keep) {
                keptShape[kept++] = shape[a];
            } else {
                perAxis[a] = vectors.get(a - lead);
            }
        }
        double[] out = contract(x.unsafeData(), shape, perAxis);
        return DoubleTensor.wrap(out, Arrays.copyOf(keptShape, kept));
    }

    /**
     * {@code factor_dot} over a tensor, keeping the given axes.
     *
     * @param x the tensor
     * @param xs one vector per contracted axis, in axis order
     * @param keepDims the axes to keep
     * @return the result, shaped by the kept axes
     */
    public static DoubleTensor factorDot(DoubleTensor x, List<double[]> xs, int... keepDims) {
        int[] shape = x.shape();
        double[] out = factorDot(x.unsafeData(), shape, xs.toArray(new double[0][]), keepDims);
        int[] sorted = keepDims.clone();
        Arrays.sort(sorted);
        int[] keptShape = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            keptShape[i] = shape[sorted[i]];
        }
        return DoubleTensor.wrap(out, keptShape);
    }

    // ------------------------------------------------------------------ outer products

    /**
     * The outer product of two arrays: {@code out[i, j] = a[i] b[j]}.
     *
     * @param a the first (any shape, flattened)
     * @param b the second (any shape, flattened)
     * @param out where to write {@code a.length * b.length} values
     */
    public static void outer(double[] a, double[] b, double[] out) {
        int nb = b.length;
        for (int i = 0; i < a.length; i++) {
            double w = a[i];
            int base = i * nb;
            for (int j = 0; j < nb; j++) {
                out[base + j] = w * b[j];
            }
        }
    }

    /**
     * pymdp's {@code multidimensional_outer} / SPM's {@code spm_cross} of flat arrays: the
     * first array's index is the slowest.
     *
     * @param arrays the arrays (at least one)
     * @return the outer product, {@code Π length} values
     */
    public static double[] outer(double[]... arrays) {
        if (arrays.length == 0) {
            throw new IllegalArgumentException("arrays: expected at least one array, found none");
        }
        double[] acc = arrays[0].clone();
        for (int i = 1; i < arrays.length; i++) {
            double[] next = new double[acc.length * arrays[i].length];
            outer(acc, arrays[i], next);
            acc = next;
        }
        return acc;
    }

    /**
     * {@code spm_cross} of tensors: the shape is the concatenation of the input shapes.
     *
     * @param tensors the tensors (at least one)
     * @return their outer product
     */
    public static DoubleTensor outer(List<DoubleTensor> tensors) {
        double[][] arrays = new double[tensors.size()][];
        int rank = 0;
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = tensors.get(i).unsafeData();
            rank += tensors.get(i).rank();
        }
        int[] shape = new int[rank];
        int at = 0;
        for (DoubleTensor t : tensors) {
            for (int d : t.shape()) {
                shape[at++] = d;
            }
        }
        return DoubleTensor.wrap(outer(arrays), shape);
    }

    /**
     * Adds {@code scale} times the outer product of the vectors to a tensor of their
     * concatenated shape: {@code x[i0, i1, ...] += scale v0[i0] v1[i1] ...} (the Dirichlet
     * count increment).
     *
     * @param x the tensor, changed in place
     * @param scale the factor
     * @param vectors one vector per axis
     */
    public static void addOuter(double[] x, double scale, double[][] vectors) {
        addOuterFrom(x, 0, scale, vectors, 0);
    }

    private static void addOuterFrom(double[] x, int offset, double scale, double[][] vectors, int axis) {
        double[] v = vectors[axis];
        if (axis == vectors.length - 1) {
            for (int i = 0; i < v.length; i++) {
                x[offset + i] += scale * v[i];
            }
            return;
        }
        int stride = 1;
        for (int k = axis + 1; k < vectors.length; k++) {
            stride *= vectors[k].length;
        }
        for (int i = 0; i < v.length; i++) {
            double w = scale * v[i];
            if (w != 0.0) {
                addOuterFrom(x, offset + i * stride, w, vectors, axis + 1);
            }
        }
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
