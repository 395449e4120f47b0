package io.aifgym.agents.aif.inference;

import io.aifgym.agents.aif.maths.Maths;

/**
 * Exact inference in a single-factor hidden Markov model (pymdp's {@code algos.py} HMM
 * utilities, spec 4.10): the normalised forward filter, forward-backward smoothing with
 * pairwise posteriors, and backward smoothing of given filtering marginals.
 *
 * <p>Transitions are column-stochastic, pymdp's orientation: {@code b[t][j * K + i] =
 * P(s_{t+1} = j | s_t = i)}, one flat {@code (K, K)} matrix per transition ({@code T-1} of
 * them). Row-stochastic inputs ({@code P(j | i)} at {@code [i * K + j]}) can be turned around
 * with {@link #transpose}. Sequential recursions are used; pymdp's associative scans compute the
 * same quantities.
 */
public final class HiddenMarkov {

    private HiddenMarkov() {
    }

    /**
     * Filtering results.
     *
     * @param logEvidence {@code ln p(o_{1:T})}
     * @param filtered {@code (T, K)}: {@code p(s_t | o_{1:t})}
     * @param predicted {@code (T, K)}: {@code p(s_t | o_{1:t-1})}, {@code predicted[0] = prior}
     */
    public record Filtered(double logEvidence, double[][] filtered, double[][] predicted) {
    }

    /**
     * Smoothing results.
     *
     * @param marginals {@code (T, K)}: {@code p(s_t | o_{1:T})}
     * @param joints {@code (T-1)} flat {@code (K_next, K_curr)}: {@code p(s_{t+1} = j, s_t = i | o)} at {@code [j * K + i]}
     * @param conditionals {@code (T-1)} flat {@code (K_next, K_curr)}: {@code p(s_t = i | s_{t+1} = j, o)}
     */
    public record Smoothed(double[][] marginals, double[][] joints, double[][] conditionals) {
    }

    /**
     * The forward filter ({@code hmm_filter_scan_colstoch}): {@code predicted[0] = prior},
     * {@code filtered[t] ∝ predicted[t] ⊙ exp(LL[t])}, {@code predicted[t+1] = B_t filtered[t]},
     * {@code ln p = Σ_t ln Σ_j predicted[t, j] exp(LL[t, j])} (computed with a max shift).
     *
     * @param prior {@code (K)}
     * @param transitions {@code T-1} column-stochastic {@code (K, K)} matrices (or one, reused)
     * @param logLikelihood {@code (T, K)}: {@code ln p(o_t | s_t)}
     * @return the filter
     */
    public static Filtered filter(double[] prior, double[][] transitions, double[][] logLikelihood) {
        int steps = logLikelihood.length;
        int k = prior.length;
        double[][] filtered = new double[steps][k];
        double[][] predicted = new double[steps][];
        predicted[0] = prior.clone();
        double logEvidence = 0.0;
        for (int t = 0; t < steps; t++) {
            if (t > 0) {
                predicted[t] = new double[k];
                matVec(transition(transitions, t - 1, steps), k, filtered[t - 1], predicted[t]);
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                max = Math.max(max, logLikelihood[t][j]);
            }
            double norm = 0.0;
            for (int j = 0; j < k; j++) {
                filtered[t][j] = predicted[t][j] * Math.exp(logLikelihood[t][j] - max);
                norm += filtered[t][j];
            }
            logEvidence += Maths.logStable(norm) + max;
            double inv = norm == 0.0 ? 1.0 : 1.0 / norm;
            for (int j = 0; j < k; j++) {
                filtered[t][j] *= inv;
            }
        }
        return new Filtered(logEvidence, filtered, predicted);
    }

    /**
     * Forward-backward smoothing ({@code hmm_smoother_scan_colstoch}): the filter followed by
     * {@link #smoothFiltered}.
     *
     * @param prior {@code (K)}
     * @param transitions {@code T-1} column-stochastic matrices (or one, reused)
     * @param logLikelihood {@code (T, K)}
     * @return the smoothed marginals and pairwise posteriors; the evidence is in {@link #filter}
     */
    public static Smoothed smooth(double[] prior, double[][] transitions, double[][] logLikelihood) {
        Filtered f = filter(prior, transitions, logLikelihood);
        return smoothFiltered(f.filtered(), transitions);
    }

    /**
     * Exact backward smoothing of filtering marginals ({@code hmm_smoother_from_filtered_colstoch},
     * used by {@code smoothing_exact}, spec 7.3): {@code pred = B_t q_t},
     * {@code cond[t][j, i] = B_t[j, i] q_t[i] / max(pred[j], EPS)}, {@code s_{T-1} = q_{T-1}},
     * {@code s_t = cond_tᵀ s_{t+1}} (unnormalised products, each marginal then divided by
     * {@code max(Σ, EPS)}), {@code J[t][j, i] = cond[t][j, i] smoothed[t+1][j]}.
     *
     * @param filtered {@code (T, K)}
     * @param transitions {@code T-1} column-stochastic matrices, or one reused for every step
     * @return the smoothed marginals, joints and conditionals
     * @throws IllegalArgumentException if the number of transitions is neither 1 nor {@code T-1}
     */
    public static Smoothed smoothFiltered(double[][] filtered, double[][] transitions) {
        int steps = filtered.length;
        int k = filtered[0].length;
        if (transitions.length != 1 && transitions.length != Math.max(steps - 1, 0)) {
            throw new IllegalArgumentException("B_mats has leading dimension " + transitions.length + ", expected "
                    + Math.max(steps - 1, 0) + " for T=" + steps);
        }
        double[][] cond = new double[Math.max(steps - 1, 0)][];
        for (int t = 0; t < steps - 1; t++) {
            double[] b = transition(transitions, t, steps);
            double[] c = new double[k * k];
            double[] q = filtered[t];
            for (int j = 0; j < k; j++) {
                double pred = 0.0;
                for (int i = 0; i < k; i++) {
                    pred += b[j * k + i] * q[i];
                }
                double inv = 1.0 / Math.max(pred, Maths.EPS);
                for (int i = 0; i < k; i++) {
                    c[j * k + i] = b[j * k + i] * q[i] * inv;
                }
            }
            cond[t] = c;
        }
        double[][] raw = new double[steps][];
        raw[steps - 1] = filtered[steps - 1].clone();
        for (int t = steps - 2; t >= 0; t--) {
            raw[t] = new double[k];
            double[] c = cond[t];
            double[] next = raw[t + 1];
            for (int j = 0; j < k; j++) {
                double w = next[j];
                for (int i = 0; i < k; i++) {
                    raw[t][i] += c[j * k + i] * w;
                }
            }
        }
        double[][] smoothed = new double[steps][];
        for (int t = 0; t < steps; t++) {
            smoothed[t] = raw[t].clone();
            double sum = Maths.sum(smoothed[t], 0, k);
            double inv = 1.0 / Math.max(sum, Maths.EPS);
            for (int i = 0; i < k; i++) {
                smoothed[t][i] *= inv;
            }
        }
        double[][] joints = new double[Math.max(steps - 1, 0)][];
        for (int t = 0; t < steps - 1; t++) {
            double[] jt = new double[k * k];
            for (int j = 0; j < k; j++) {
                double w = smoothed[t + 1][j];
                for (int i = 0; i < k; i++) {
                    jt[j * k + i] = cond[t][j * k + i] * w;
                }
            }
            joints[t] = jt;
        }
        return new Smoothed(smoothed, joints, cond);
    }

    /**
     * Online-variational-filtering backward smoothing of one factor ({@code joint_dist_factor}
     * inside {@code smoothing_ovf}): from {@code s_{T-1} = q_{T-1}},
     * {@code u[j, i] = B_t[j, i] q_t[i]}, {@code pred[j] = Σ_i u[j, i]} (0 replaced by EPS),
     * {@code J[t][j, i] = u[j, i] / pred[j] · s_{t+1}[j]}, {@code s_t[i] = Σ_j J[t][j, i]}
     * (no renormalisation).
     *
     * @param filtered {@code (T, K)}
     * @param transitions {@code T-1} column-stochastic matrices
     * @return the smoothed marginals, joints and conditionals
     */
    public static Smoothed smoothOvf(double[][] filtered, double[][] transitions) {
        int steps = filtered.length;
        int k = filtered[0].length;
        if (transitions.length != Math.max(steps - 1, 0)) {
            throw new IllegalArgumentException("transitions: expected " + Math.max(steps - 1, 0) + " matrices for T="
                    + steps + ", found " + transitions.length);
        }
        double[][] smoothed = new double[steps][];
        double[][] joints = new double[Math.max(steps - 1, 0)][];
        double[][] cond = new double[Math.max(steps - 1, 0)][];
        smoothed[steps - 1] = filtered[steps - 1].clone();
        for (int t = steps - 2; t >= 0; t--) {
            double[] b = transitions[t];
            double[] q = filtered[t];
            double[] c = new double[k * k];
            double[] jt = new double[k * k];
            double[] s = new double[k];
            double[] next = smoothed[t + 1];
            for (int j = 0; j < k; j++) {
                double pred = 0.0;
                for (int i = 0; i < k; i++) {
                    double u = b[j * k + i] * q[i];
                    c[j * k + i] = u;
                    pred += u;
                }
                if (pred == 0.0) {
                    pred = Maths.EPS;
                }
                for (int i = 0; i < k; i++) {
                    c[j * k + i] /= pred;
                    jt[j * k + i] = c[j * k + i] * next[j];
                    s[i] += jt[j * k + i];
                }
            }
            smoothed[t] = s;
            joints[t] = jt;
            cond[t] = c;
        }
        return new Smoothed(smoothed, joints, cond);
    }

    /**
     * Turns a flat square matrix around ({@code [i * K + j] -> [j * K + i]}), between
     * row-stochastic and column-stochastic orientation.
     *
     * @param m a flat {@code (K, K)} matrix
     * @param k its size
     * @return the transpose
     */
    public static double[] transpose(double[] m, int k) {
        double[] out = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                out[j * k + i] = m[i * k + j];
            }
        }
        return out;
    }

    private static double[] transition(double[][] transitions, int t, int steps) {
        return transitions.length == 1 ? transitions[0] : transitions[t];
    }

    private static void matVec(double[] b, int k, double[] v, double[] out) {
        for (int j = 0; j < k; j++) {
            double s = 0.0;
            for (int i = 0; i < k; i++) {
                s += b[j * k + i] * v[i];
            }
            out[j] = s;
        }
    }
}
