package io.aifgym.agents.aif.maths;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;

/**
 * Stable logarithms, softmax, entropies, KL divergences and normalisation on flat arrays
 * (pymdp {@code maths.py}: {@code log_stable}, {@code stable_xlogx}, {@code stable_entropy},
 * {@code spm_log_single}, {@code softmax}, {@code norm_dist}).
 *
 * <p>Two epsilons coexist, as in pymdp: pymdp 1.0 clips with {@link #EPS} (machine epsilon,
 * {@code ln max(x, EPS)}), the legacy NumPy package and SPM add {@link #SPM_EPS} ({@code ln(x +
 * 1e-16)}). Methods with {@code out} parameters allocate nothing; {@code out} may alias the
 * input where stated.
 */
public final class Maths {

    /** pymdp 1.0's clip floor {@code MINVAL}: the double machine epsilon {@code 2.220446049250313e-16}. */
    public static final double EPS = 2.220446049250313e-16;

    /** {@code ln(EPS)}, the value of {@link #logStable(double)} at and below {@link #EPS}. */
    public static final double LOG_EPS = Math.log(EPS);

    /** The additive epsilon of the legacy package and SPM's {@code spm_log}: {@code 1e-16}. */
    public static final double SPM_EPS = 1e-16;

    /** Unchanged entries after a change that {@link #changes} checks one by one before skipping ahead. */
    private static final int CHANGE_RUN_GAP = 16;

    private Maths() {
    }

    // ------------------------------------------------------------------ logarithms

    /**
     * pymdp's {@code log_stable}: {@code ln(max(x, EPS))}.
     *
     * @param x a value
     * @return the clipped natural logarithm
     */
    public static double logStable(double x) {
        return x > EPS ? Math.log(x) : LOG_EPS;
    }

    /**
     * {@link #logStable(double)} element by element.
     *
     * @param x the values
     * @param out where to write, at least {@code x.length} long; may be {@code x}
     */
    public static void logStable(double[] x, double[] out) {
        logStable(x, 0, out, 0, x.length);
    }

    /**
     * {@link #logStable(double)} over a range.
     *
     * @param x the values
     * @param from the first index read
     * @param out where to write
     * @param to the first index written
     * @param length how many values
     */
    public static void logStable(double[] x, int from, double[] out, int to, int length) {
        for (int i = 0; i < length; i++) {
            double v = x[from + i];
            out[to + i] = v > EPS ? Math.log(v) : LOG_EPS;
        }
    }

    /**
     * {@link #logStable(double)} into a new array.
     *
     * @param x the values
     * @return the clipped logarithms
     */
    public static double[] logStable(double[] x) {
        double[] out = new double[x.length];
        logStable(x, out);
        return out;
    }

    /**
     * SPM's {@code spm_log}: {@code ln(x + eps)}.
     *
     * @param x a value
     * @param eps the additive epsilon ({@link #SPM_EPS} in the legacy package)
     * @return the logarithm
     */
    public static double spmLog(double x, double eps) {
        return Math.log(x + eps);
    }

    /**
     * {@link #spmLog(double, double)} into a new array.
     *
     * @param x the values
     * @param eps the additive epsilon
     * @return the logarithms
     */
    public static double[] spmLog(double[] x, double eps) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.log(x[i] + eps);
        }
        return out;
    }

    /**
     * pymdp's {@code stable_xlogx}: {@code x ln max(x, EPS)}, and 0 at {@code x == 0}.
     *
     * @param x a value
     * @return {@code x ln⁺ x}
     */
    public static double xLogX(double x) {
        return x == 0.0 ? 0.0 : x * logStable(x);
    }

    // ------------------------------------------------------------------ entropies and divergences

    /**
     * pymdp's {@code stable_entropy} of a range: {@code -Σ x ln max(x, EPS)}.
     *
     * @param p the values
     * @param from the first index
     * @param length how many
     * @return the entropy
     */
    public static double entropy(double[] p, int from, int length) {
        double h = 0.0;
        for (int i = from; i < from + length; i++) {
            double v = p[i];
            if (v != 0.0) {
                h -= v * (v > EPS ? Math.log(v) : LOG_EPS);
            }
        }
        return h;
    }

    /**
     * {@link #entropy(double[], int, int)} of a whole array.
     *
     * @param p the values
     * @return the entropy
     */
    public static double entropy(double[] p) {
        return entropy(p, 0, p.length);
    }

    /**
     * The entropy of each column (distribution over axis 0) of a tensor, pymdp 1.0's
     * {@code H(A)} of the state information gain: {@code out[c] = -Σ_o A[o, c] ln max(A[o, c], EPS)}.
     *
     * @param a the tensor, row-major, axis 0 of size {@code rows}
     * @param rows the size of axis 0
     * @param out one entry per column, {@code a.length / rows} long
     */
    public static void columnEntropies(double[] a, int rows, double[] out) {
        int cols = a.length / rows;
        Arrays.fill(out, 0, cols, 0.0);
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                double v = a[base + c];
                if (v != 0.0) {
                    out[c] -= v * (v > EPS ? Math.log(v) : LOG_EPS);
                }
            }
        }
    }

    /**
     * The SPM/legacy column entropy {@code -Σ_o A[o, c] ln(A[o, c] + eps)} of each column.
     *
     * @param a the tensor, row-major, axis 0 of size {@code rows}
     * @param rows the size of axis 0
     * @param eps the additive epsilon
     * @return one entry per column
     */
    public static double[] spmColumnEntropies(double[] a, int rows, double eps) {
        int cols = a.length / rows;
        double[] out = new double[cols];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                double v = a[base + c];
                out[c] -= v * Math.log(v + eps);
            }
        }
        return out;
    }

    /**
     * The legacy KL divergence {@code Σ p (ln(p + eps) - ln(q + eps))}.
     *
     * @param p the first distribution
     * @param q the second, same length
     * @param eps the additive epsilon
     * @return the divergence
     */
    public static double klDivergence(double[] p, double[] q, double eps) {
        requireSameLength(p, q, "q");
        double kl = 0.0;
        for (int i = 0; i < p.length; i++) {
            kl += p[i] * (Math.log(p[i] + eps) - Math.log(q[i] + eps));
        }
        return kl;
    }

    /**
     * The KL divergence with pymdp 1.0's clipping: {@code Σ p ln⁺ p - Σ p ln⁺ q}, terms with
     * {@code p == 0} contributing 0.
     *
     * @param p the first distribution
     * @param q the second, same length
     * @return the divergence
     */
    public static double klDivergenceStable(double[] p, double[] q) {
        requireSameLength(p, q, "q");
        double kl = 0.0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] != 0.0) {
                kl += p[i] * (logStable(p[i]) - logStable(q[i]));
            }
        }
        return kl;
    }

    // ------------------------------------------------------------------ softmax and normalisation

    /**
     * Stable softmax of a range: {@code exp(x - max x) / Σ exp(x - max x)}.
     *
     * @param x the logits
     * @param from the first index read
     * @param out where to write
     * @param to the first index written (the range may alias the input range)
     * @param length how many
     */
    public static void softmax(double[] x, int from, double[] out, int to, int length) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            max = Math.max(max, x[from + i]);
        }
        double sum = 0.0;
        for (int i = 0; i < length; i++) {
            double e = Math.exp(x[from + i] - max);
            out[to + i] = e;
            sum += e;
        }
        double inv = 1.0 / sum;
        for (int i = 0; i < length; i++) {
            out[to + i] *= inv;
        }
    }

    /**
     * Stable softmax of a vector, in place or into {@code out}.
     *
     * @param x the logits
     * @param out where to write, same length; may be {@code x}
     */
    public static void softmax(double[] x, double[] out) {
        softmax(x, 0, out, 0, x.length);
    }

    /**
     * Stable softmax of a vector into a new array.
     *
     * @param x the logits
     * @return the probabilities
     */
    public static double[] softmax(double[] x) {
        double[] out = new double[x.length];
        softmax(x, out);
        return out;
    }

    /**
     * Softmax over axis 0 (each column of a row-major tensor separately), as the legacy
     * {@code softmax} of a matrix.
     *
     * @param x the logits, row-major with axis 0 of size {@code rows}
     * @param rows the size of axis 0
     * @param out where to write, same length; may be {@code x}
     */
    public static void softmaxColumns(double[] x, int rows, double[] out) {
        int cols = x.length / rows;
        for (int c = 0; c < cols; c++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < rows; r++) {
                max = Math.max(max, x[r * cols + c]);
            }
            double sum = 0.0;
            for (int r = 0; r < rows; r++) {
                double e = Math.exp(x[r * cols + c] - max);
                out[r * cols + c] = e;
                sum += e;
            }
            for (int r = 0; r < rows; r++) {
                out[r * cols + c] /= sum;
            }
        }
    }

    /**
     * Softmax over axis 0 of a tensor (a vector is one column).
     *
     * @param x the logits
     * @return the probabilities, same shape
     */
    public static DoubleTensor softmax(DoubleTensor x) {
        if (x.rank() == 0) {
            return DoubleTensor.wrap(new double[] {1.0});
        }
        double[] out = new double[x.size()];
        softmaxColumns(x.unsafeData(), x.dim(0), out);
        return DoubleTensor.wrap(out, x.shape());
    }

    /**
     * The sums over axis 0 of a row-major tensor: {@code out[c] = Σ_r x[r, c]}.
     *
     * @param x the tensor
     * @param rows the size of axis 0
     * @param out one entry per column
     */
    public static void columnSums(double[] x, int rows, double[] out) {
        int cols = x.length / rows;
        Arrays.fill(out, 0, cols, 0.0);
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[c] += x[base + c];
            }
        }
    }

    /**
     * Divides every column (axis 0) of a row-major tensor by its sum, without clipping
     * (pymdp's {@code norm_dist}); a column summing to 0 becomes NaN, as in NumPy.
     *
     * @param x the tensor
     * @param rows the size of axis 0
     * @param out where to write, same length; may be {@code x}
     */
    public static void normaliseColumns(double[] x, int rows, double[] out) {
        int cols = x.length / rows;
        double[] sums = new double[cols];
        columnSums(x, rows, sums);
        for (int c = 0; c < cols; c++) {
            sums[c] = 1.0 / sums[c];
        }
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[base + c] = x[base + c] * sums[c];
            }
        }
    }

    /**
     * {@link #normaliseColumns(double[], int, double[])} of a tensor into a new one.
     *
     * @param x the tensor, rank at least 1
     * @return each column divided by its sum
     */
    public static DoubleTensor normaliseColumns(DoubleTensor x) {
        double[] out = new double[x.size()];
        normaliseColumns(x.unsafeData(), x.dim(0), out);
        return DoubleTensor.wrap(out, x.shape());
    }

    /**
     * Divides a range by its sum, which is clipped below at {@link #EPS}.
     *
     * @param x the values, changed in place
     * @param from the first index
     * @param length how many
     */
    public static void normaliseInPlace(double[] x, int from, int length) {
        double sum = 0.0;
        for (int i = from; i < from + length; i++) {
            sum += x[i];
        }
        double inv = 1.0 / Math.max(sum, EPS);
        for (int i = from; i < from + length; i++) {
            x[i] *= inv;
        }
    }

    // ------------------------------------------------------------------ small vector helpers

    /**
     * The sum of a range.
     *
     * @param x the values
     * @param from the first index
     * @param length how many
     * @return the sum
     */
    public static double sum(double[] x, int from, int length) {
        double s = 0.0;
        for (int i = from; i < from + length; i++) {
            s += x[i];
        }
        return s;
    }

    /**
     * The inner product of two equally long vectors.
     *
     * @param x a vector
     * @param y a vector of the same length
     * @return {@code Σ x y}
     */
    public static double dot(double[] x, double[] y) {
        requireSameLength(x, y, "y");
        double s = 0.0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    /**
     * The index of the first maximum of a range (NumPy's {@code argmax}).
     *
     * @param x the values
     * @param from the first index
     * @param length how many, at least 1
     * @return the offset of the first maximum relative to {@code from}
     */
    public static int argmax(double[] x, int from, int length) {
        int best = 0;
        double max = x[from];
        for (int i = 1; i < length; i++) {
            if (x[from + i] > max) {
                max = x[from + i];
                best = i;
            }
        }
        return best;
    }

    /**
     * The index of the first maximum.
     *
     * @param x the values, at least one
     * @return its index
     */
    public static int argmax(double[] x) {
        return argmax(x, 0, x.length);
    }

    /**
     * A one-hot vector; an index outside {@code [0, n)} gives the all-zero vector (JAX's
     * {@code one_hot}, which pymdp uses for the padding value -1).
     *
     * @param index the hot index
     * @param n the length
     * @return the vector
     */
    public static double[] oneHot(int index, int n) {
        double[] v = new double[n];
        if (index >= 0 && index < n) {
            v[index] = 1.0;
        }
        return v;
    }

    /**
     * The uniform distribution.
     *
     * @param n the length, positive
     * @return {@code n} entries of {@code 1/n}
     */
    public static double[] uniform(int n) {
        double[] v = new double[n];
        Arrays.fill(v, 1.0 / n);
        return v;
    }

    /**
     * The product of sizes.
     *
     * @param shape sizes
     * @param from the first axis
     * @param to one past the last axis
     * @return the product (1 for an empty range)
     */
    public static int product(int[] shape, int from, int to) {
        int p = 1;
        for (int i = from; i < to; i++) {
            p *= shape[i];
        }
        return p;
    }

    /**
     * The product of all sizes.
     *
     * @param shape sizes
     * @return the number of elements
     */
    public static int product(int[] shape) {
        return product(shape, 0, shape.length);
    }

    /**
     * The indices at which two equally long arrays differ, ascending: what an incremental update
     * of a learned tensor recomputes. Unchanged stretches are skipped with the JDK's vectorised
     * {@link Arrays#mismatch}, which compares values as {@link Arrays#equals(double[], double[])}
     * does ({@code -0.0} differs from {@code 0.0}; a NaN equals any NaN), and the entries after
     * a change one by one, bit for bit; so the result is bit for bit wherever {@code before}
     * holds no NaN (see {@link #hasNaN}).
     *
     * @param before the old values
     * @param after the new values, as long
     * @param limit the most indices wanted
     * @return the indices, or {@code null} when more than {@code limit} differ
     */
    public static int[] changes(double[] before, double[] after, int limit) {
        requireSameLength(before, after, "after");
        int length = before.length;
        int[] out = new int[Math.min(16, Math.max(limit, 0))];
        int n = 0;
        int i = 0;
        while (i < length) {
            int k = Arrays.mismatch(before, i, length, after, i, length);
            if (k < 0) {
                break;
            }
            i += k;
            // changes come in runs (a column, a row, an action slice): look at the next entries one by one
            for (int quiet = 0; i < length && quiet < CHANGE_RUN_GAP; i++) {
                if (Double.doubleToRawLongBits(before[i]) == Double.doubleToRawLongBits(after[i])) {
                    quiet++;
                    continue;
                }
                quiet = 0;
                if (n == limit) {
                    return null;
                }
                if (n == out.length) {
                    out = Arrays.copyOf(out, Math.min(Math.max(2 * n, 16), limit));
                }
                out[n++] = i;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * Whether some value is NaN.
     *
     * @param x the values
     * @return whether any is NaN
     */
    public static boolean hasNaN(double[] x) {
        for (double v : x) {
            if (v != v) {
                return true;
            }
        }
        return false;
    }

    private static void requireSameLength(double[] x, double[] y, String name) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + ": expected length " + x.length + ", found " + y.length);
        }
    }
}
