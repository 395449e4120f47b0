package io.aifgym.agents.aif.maths;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;

/**
 * Dirichlet calculations on concentration tensors whose axis 0 is the event axis (the
 * observation axis of {@code pA[m]}, the next-state axis of {@code pB[f]}): expected values,
 * novelty weights ({@code spm_wnorm}), KL divergence and Bayesian model reduction.
 *
 * <p>Tensors are flat row-major arrays with {@code rows} = the size of axis 0; every other
 * combination of indices is one "column" (one Dirichlet distribution).
 */
public final class Dirichlet {

    private Dirichlet() {
    }

    /**
     * pymdp 1.0's {@code dirichlet_expected_value}: {@code a = max(α, EPS)}, {@code a / Σ_axis0 a}.
     *
     * @param alpha the concentrations
     * @param rows the size of axis 0
     * @param out where to write, same length; may be {@code alpha}
     */
    public static void expectedValue(double[] alpha, int rows, double[] out) {
        int cols = alpha.length / rows;
        double[] sums = new double[cols];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                sums[c] += Math.max(alpha[base + c], Maths.EPS);
            }
        }
        for (int c = 0; c < cols; c++) {
            sums[c] = 1.0 / sums[c];
        }
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[base + c] = Math.max(alpha[base + c], Maths.EPS) * sums[c];
            }
        }
    }

    /**
     * {@link #expectedValue(double[], int, double[])} of some columns only, bit for bit as the
     * whole computation writes them (the other entries of {@code out} are left as they are):
     * what a learning step recomputes where its counts changed.
     *
     * @param alpha the concentrations
     * @param rows the size of axis 0
     * @param columns the columns to compute (indices into the {@code alpha.length / rows} columns)
     * @param out where to write, same length; must not alias {@code alpha}
     */
    public static void expectedValueColumns(double[] alpha, int rows, int[] columns, double[] out) {
        int cols = alpha.length / rows;
        for (int c : columns) {
            double sum = 0.0;
            for (int r = 0; r < rows; r++) {
                sum += Math.max(alpha[r * cols + c], Maths.EPS);
            }
            double inverse = 1.0 / sum;
            for (int r = 0; r < rows; r++) {
                out[r * cols + c] = Math.max(alpha[r * cols + c], Maths.EPS) * inverse;
            }
        }
    }

    /**
     * {@link #expectedValue(double[], int, double[])} of a tensor.
     *
     * @param alpha the concentrations, rank at least 1
     * @return the expected categorical parameters, same shape
     */
    public static DoubleTensor expectedValue(DoubleTensor alpha) {
        double[] out = new double[alpha.size()];
        expectedValue(alpha.unsafeData(), alpha.dim(0), out);
        return DoubleTensor.wrap(out, alpha.shape());
    }

    /**
     * The exact novelty weight of pymdp 1.0 ({@code spm_wnorm(α, exact_param_info_gain=True)}
     * is its negative): with {@code a = max(α, EPS)} and {@code a0 = max(Σ_axis0 a, EPS)},
     * {@code w = ln a0 - ln a + 1/a - 1/a0 + ψ(a) - ψ(a0)} (positive, decreasing with
     * concentration; Da Costa et al. 2020, eq. D.15). Entries with {@code α <= 0} are set to 0
     * when {@code masked} (the structural-zero mask of the novelty terms).
     *
     * @param alpha the concentrations
     * @param rows the size of axis 0
     * @param masked whether to zero the weight where {@code α <= 0}
     * @param out where to write, same length (must not alias {@code alpha})
     */
    public static void noveltyWeights(double[] alpha, int rows, boolean masked, double[] out) {
        int cols = alpha.length / rows;
        double[] a0 = new double[cols];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                a0[c] += Math.max(alpha[base + c], Maths.EPS);
            }
        }
        double[] columnTerm = new double[cols];
        for (int c = 0; c < cols; c++) {
            double s = Math.max(a0[c], Maths.EPS);
            columnTerm[c] = Math.log(s) - 1.0 / s - Special.digamma(s);
        }
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                double raw = alpha[base + c];
                if (masked && !(raw > 0.0)) {
                    out[base + c] = 0.0;
                    continue;
                }
                double a = Math.max(raw, Maths.EPS);
                out[base + c] = columnTerm[c] - Math.log(a) + 1.0 / a + Special.digamma(a);
            }
        }
    }

    /**
     * pymdp 1.0's {@code spm_wnorm(α)} (exact, the default): the negative of
     * {@link #noveltyWeights(double[], int, boolean, double[])}, unmasked.
     *
     * @param alpha the concentrations, rank at least 1
     * @return {@code -w(α)}, same shape
     */
    public static DoubleTensor wnormExact(DoubleTensor alpha) {
        double[] out = new double[alpha.size()];
        noveltyWeights(alpha.unsafeData(), alpha.dim(0), false, out);
        for (int i = 0; i < out.length; i++) {
            out[i] = -out[i];
        }
        return DoubleTensor.wrap(out, alpha.shape());
    }

    /**
     * SPM's and the legacy package's {@code spm_wnorm}: {@code 1/Σ_axis0(α + eps) - 1/(α + eps)}
     * (non-positive; legacy {@code eps = 1e-16}, SPM 2019 {@code exp(-16)}).
     *
     * @param alpha the concentrations
     * @param rows the size of axis 0
     * @param eps the additive epsilon
     * @param out where to write, same length (must not alias {@code alpha})
     */
    public static void wnormSpm(double[] alpha, int rows, double eps, double[] out) {
        int cols = alpha.length / rows;
        double[] sums = new double[cols];
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                sums[c] += alpha[base + c] + eps;
            }
        }
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            for (int c = 0; c < cols; c++) {
                out[base + c] = 1.0 / sums[c] - 1.0 / (alpha[base + c] + eps);
            }
        }
    }

    /**
     * {@link #wnormSpm(double[], int, double, double[])} of a tensor.
     *
     * @param alpha the concentrations, rank at least 1
     * @param eps the additive epsilon
     * @return the weights, same shape
     */
    public static DoubleTensor wnormSpm(DoubleTensor alpha, double eps) {
        double[] out = new double[alpha.size()];
        wnormSpm(alpha.unsafeData(), alpha.dim(0), eps, out);
        return DoubleTensor.wrap(out, alpha.shape());
    }

    /**
     * pymdp 1.0's {@code dirichlet_kl_divergence(q, p)} summed over all columns: per column
     * {@code ln Γ(q0) - ln Γ(p0) - Σ ln Γ(q) + Σ ln Γ(p) + Σ (q - p)(ψ(q) - ψ(q0))}, inputs
     * clipped below at {@link Maths#EPS}.
     *
     * @param q the posterior concentrations
     * @param p the prior concentrations, same shape
     * @param rows the size of axis 0
     * @return {@code KL(Dir(q) || Dir(p))}
     */
    public static double klDivergence(double[] q, double[] p, int rows) {
        if (q.length != p.length) {
            throw new IllegalArgumentException("p: expected " + q.length + " elements like q, found " + p.length);
        }
        int cols = q.length / rows;
        double[] q0 = new double[cols];
        double[] p0 = new double[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                q0[c] += Math.max(q[r * cols + c], Maths.EPS);
                p0[c] += Math.max(p[r * cols + c], Maths.EPS);
            }
        }
        double kl = 0.0;
        for (int c = 0; c < cols; c++) {
            double psiQ0 = Special.digamma(q0[c]);
            kl += Special.lnGamma(q0[c]) - Special.lnGamma(p0[c]);
            for (int r = 0; r < rows; r++) {
                double qi = Math.max(q[r * cols + c], Maths.EPS);
                double pi = Math.max(p[r * cols + c], Maths.EPS);
                kl += -Special.lnGamma(qi) + Special.lnGamma(pi) + (qi - pi) * (Special.digamma(qi) - psiQ0);
            }
        }
        return kl;
    }

    /**
     * The result of {@link #logEvidence}.
     *
     * @param freeEnergy {@code F}, one value per column
     * @param reducedPosterior {@code s = q + r - p}, {@code (K, N)}
     */
    public record Reduction(double[] freeEnergy, DoubleTensor reducedPosterior) {

        /**
         * Copies the array.
         *
         * @param freeEnergy see the record description
         * @param reducedPosterior see the record description
         */
        public Reduction {
            freeEnergy = freeEnergy.clone();
        }

        /** @return a copy of {@code F} */
        @Override
        public double[] freeEnergy() {
            return freeEnergy.clone();
        }
    }

    /**
     * Bayesian model reduction of Dirichlet parameters (SPM's {@code spm_MDP_log_evidence},
     * legacy {@code dirichlet_log_evidence}): {@code s = q + r - p},
     * {@code F = lnB(q) + lnB(r) - lnB(p) - lnB(s)} per column, {@code lnB} the log
     * multivariate beta over axis 0. Each input is {@code (K, N)} or {@code (K, 1)} (broadcast
     * across the columns).
     *
     * @param q the posterior concentrations
     * @param p the prior concentrations
     * @param r the reduced prior concentrations
     * @return {@code F} and {@code s}
     * @throws IllegalArgumentException if the shapes do not broadcast
     */
    public static Reduction logEvidence(DoubleTensor q, DoubleTensor p, DoubleTensor r) {
        DoubleTensor[] in = {q, p, r};
        String[] names = {"q", "p", "r"};
        int k = -1;
        int n = 1;
        for (int i = 0; i < 3; i++) {
            if (in[i].rank() != 2) {
                throw new IllegalArgumentException(names[i] + ": expected a (K, N) matrix, found shape "
                        + Arrays.toString(in[i].shape()));
            }
            if (k < 0) {
                k = in[i].dim(0);
            } else if (in[i].dim(0) != k) {
                throw new IllegalArgumentException(names[i] + ": expected " + k + " rows, found " + in[i].dim(0));
            }
            if (in[i].dim(1) != 1) {
                if (n != 1 && in[i].dim(1) != n) {
                    throw new IllegalArgumentException(names[i] + ": expected " + n + " or 1 columns, found "
                            + in[i].dim(1));
                }
                n = in[i].dim(1);
            }
        }
        double[] f = new double[n];
        double[] s = new double[k * n];
        double[] cq = new double[k];
        double[] cp = new double[k];
        double[] cr = new double[k];
        double[] cs = new double[k];
        for (int c = 0; c < n; c++) {
            column(q, c, cq);
            column(p, c, cp);
            column(r, c, cr);
            for (int i = 0; i < k; i++) {
                cs[i] = cq[i] + cr[i] - cp[i];
                s[i * n + c] = cs[i];
            }
            f[c] = Special.lnBeta(cq, 0, k) + Special.lnBeta(cr, 0, k) - Special.lnBeta(cp, 0, k)
                    - Special.lnBeta(cs, 0, k);
        }
        return new Reduction(f, DoubleTensor.wrap(s, k, n));
    }

    private static void column(DoubleTensor t, int c, double[] out) {
        int cols = t.dim(1);
        int col = cols == 1 ? 0 : c;
        double[] d = t.unsafeData();
        for (int i = 0; i < out.length; i++) {
            out[i] = d[i * cols + col];
        }
    }
}
