package io.aifgym.bench.study;

import io.aifgym.agents.aif.maths.Special;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;

/**
 * How far learned Dirichlet concentrations are from the truth, as the learning-gridworld
 * notebook measures it: the KL divergence {@code KL(Dir(q) || Dir(p))} of every column (one
 * distribution over axis 0: the observation for {@code pA}, the next state for {@code pB})
 * between the learned {@code q} and the "truth" {@code p = 1e4 * true + 1e-4}, averaged over
 * the states (axis 1) and summed over the actions:
 * {@code KL_A = mean_s KL(qA[:, s] || pA[:, s])} and
 * {@code KL_B = Σ_u mean_s KL(qB[:, s, u] || pB[:, s, u])} (the notebook's
 * {@code .mean(-1)} for A and {@code .sum(-1).mean(-1)} for B).
 *
 * <p>Per column, with {@code q0 = Σ_i q_i} and {@code p0 = Σ_i p_i}:
 * {@code ln Γ(q0) - ln Γ(p0) + Σ_i [ln Γ(p_i) - ln Γ(q_i) + (q_i - p_i)(ψ(q_i) - ψ(q0))]}.
 *
 * <p>{@link #notebook} is the notebook cell's own value, kept to show why it differs: the cell
 * sums the learned {@code pB} of shape {@code (batch, Ns, Ns, Nu)} over axis 1 (the next state,
 * right) but the unbatched truth of shape {@code (Ns, Ns, Nu)} also over axis 1, which is the
 * <em>current</em> state there, so column {@code (s, u)} is given the truth's normaliser
 * {@code Σ_j p[s, j, u]} instead of {@code Σ_j p[j, s, u]}. For the grid's B those row sums count
 * the states a move leads from (0, 1 or 2 of them, at the borders) instead of 1, so
 * {@code -ln Γ(p0)} is wrong by up to {@code ln Γ(2e4)} per column; once the learned part has
 * converged that error dominates and the value goes negative. For the identity A both sums are
 * equal and the two values agree.
 */
public final class ParameterKl {

    /** The weight of the truth in the reference concentrations. */
    public static final double TRUTH_WEIGHT = 1e4;
    /** The floor added to every reference concentration. */
    public static final double TRUTH_FLOOR = 1e-4;

    private ParameterKl() {
    }

    /**
     * The notebook's reference concentrations {@code 1e4 * truth + 1e-4}.
     *
     * @param truth the true A or B
     * @return the concentrations, same shape
     */
    public static DoubleTensor reference(DoubleTensor truth) {
        double[] t = truth.data();
        for (int i = 0; i < t.length; i++) {
            t[i] = TRUTH_WEIGHT * t[i] + TRUTH_FLOOR;
        }
        return DoubleTensor.wrap(t, truth.shape());
    }

    /**
     * The KL divergence of learned concentrations from the reference, summed over all columns,
     * divided by the number of states (axis 1): the mean over states for A {@code (No, Ns)},
     * the sum over actions of the mean over states for B {@code (Ns, Ns, Nu)}.
     *
     * @param learned the learned concentrations, all positive
     * @param reference the reference concentrations, same shape
     * @return the divergence
     * @throws IllegalArgumentException if the shapes differ or are not of rank 2 or 3
     */
    public static double divergence(DoubleTensor learned, DoubleTensor reference) {
        return sums(learned, reference, false)[0] / learned.dim(1);
    }

    /**
     * The notebook cell's value, with the reference normalised over the wrong axis (see the class
     * comment); defined for square first two axes.
     *
     * @param learned the learned concentrations
     * @param reference the reference concentrations, same shape
     * @return the notebook's divergence
     * @throws IllegalArgumentException if the shapes differ, are not of rank 2 or 3, or the first
     *     two axes differ in size
     */
    public static double notebook(DoubleTensor learned, DoubleTensor reference) {
        return both(learned, reference)[1];
    }

    /**
     * {@link #divergence} and {@link #notebook} in one pass.
     *
     * @param learned the learned concentrations
     * @param reference the reference concentrations, same shape
     * @return {@code {divergence, notebook}}
     * @throws IllegalArgumentException as {@link #notebook}
     */
    public static double[] both(DoubleTensor learned, DoubleTensor reference) {
        if (learned.rank() < 2 || learned.dim(0) != learned.dim(1)) {
            throw new IllegalArgumentException("learned: expected equal first two axes, found shape "
                    + Arrays.toString(learned.shape()));
        }
        double[] s = sums(learned, reference, true);
        return new double[] {s[0] / learned.dim(1), s[1] / learned.dim(1)};
    }

    /** The summed divergence with the right normaliser and (when asked) with the notebook's. */
    private static double[] sums(DoubleTensor learned, DoubleTensor reference, boolean notebookAxis) {
        int[] shape = learned.shape();
        if (!Arrays.equals(shape, reference.shape())) {
            throw new IllegalArgumentException("reference: expected shape " + Arrays.toString(shape)
                    + " like the learned concentrations, found " + Arrays.toString(reference.shape()));
        }
        if (shape.length != 2 && shape.length != 3) {
            throw new IllegalArgumentException("learned: expected a tensor of rank 2 (A) or 3 (B), found rank "
                    + shape.length);
        }
        double[] q = learned.unsafeData();
        double[] p = reference.unsafeData();
        int rows = shape[0];
        int columns = q.length / rows;
        int nu = shape.length == 3 ? shape[2] : 1;
        double[] q0 = new double[columns];
        double[] p0 = new double[columns];
        double[] pRow = new double[columns];
        for (int r = 0; r < rows; r++) {
            int base = r * columns;
            for (int c = 0; c < columns; c++) {
                q0[c] += q[base + c];
                p0[c] += p[base + c];
            }
            if (notebookAxis) {
                // element (r, j, u) sits in column c = j * nu + u; the notebook's normaliser of
                // column (s, u) is the sum over axis 1, Σ_j p[s, j, u], so row r feeds column (r, u)
                for (int c = 0; c < columns; c++) {
                    pRow[r * nu + c % nu] += p[base + c];
                }
            }
        }
        SpecialCache cache = new SpecialCache();
        double common = 0.0;
        double right = 0.0;
        double wrong = 0.0;
        for (int c = 0; c < columns; c++) {
            double psiQ0 = cache.digamma(q0[c]);
            common += cache.lnGamma(q0[c]);
            right -= cache.lnGamma(p0[c]);
            if (notebookAxis) {
                wrong -= cache.lnGamma(pRow[c]);
            }
            for (int r = 0; r < rows; r++) {
                double qi = q[r * columns + c];
                double pi = p[r * columns + c];
                common += cache.lnGamma(pi) - cache.lnGamma(qi) + (qi - pi) * (cache.digamma(qi) - psiQ0);
            }
        }
        return new double[] {common + right, common + wrong};
    }

    /**
     * A small direct-mapped memo of {@code ln Γ} and {@code ψ}: learned concentrations take few
     * distinct values (the prior plus whole counts where beliefs are certain), so most calls hit.
     * One per divergence call; never shared between threads.
     */
    private static final class SpecialCache {

        private static final int SIZE = 1 << 10;

        private final long[] keys = new long[SIZE];
        private final boolean[] filled = new boolean[SIZE];
        private final double[] lnGamma = new double[SIZE];
        private final double[] digamma = new double[SIZE];

        private int slot(double x) {
            long bits = Double.doubleToRawLongBits(x);
            int h = (int) (bits ^ (bits >>> 29) ^ (bits >>> 47)) * 0x9E3779B1;
            int i = h >>> 22;
            if (!filled[i] || keys[i] != bits) {
                keys[i] = bits;
                filled[i] = true;
                lnGamma[i] = Special.lnGamma(x);
                digamma[i] = Special.digamma(x);
            }
            return i;
        }

        double lnGamma(double x) {
            return lnGamma[slot(x)];
        }

        double digamma(double x) {
            return digamma[slot(x)];
        }
    }
}
