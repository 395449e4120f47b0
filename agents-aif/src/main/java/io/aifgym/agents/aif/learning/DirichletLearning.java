package io.aifgym.agents.aif.learning;

import io.aifgym.agents.aif.maths.Dirichlet;
import io.aifgym.agents.aif.maths.FactorDot;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Dirichlet count updates (pymdp's {@code update_obs_likelihood_dirichlet},
 * {@code update_state_transition_dirichlet} and the legacy {@code update_pD}, spec 7.1/7.2):
 *
 * <ul>
 *   <li>{@code qA[m] = pA[m] + lr Σ_t onehot(o_{m,t}) ⊗ q_{d1}[t] ⊗ q_{d2}[t] ...} over
 *       {@code aDeps[m]}, {@code A[m] = E[qA[m]]};</li>
 *   <li>{@code qB[f] = pB[f] + lr Σ_t J_f[t] ⊗ onehot(a_t[f])} with {@code J_f[t]} the pairwise
 *       belief of shape {@code (Ns[f], parents...)} (smoothed, or the mean-field outer product
 *       {@code q_f[t+1] ⊗ q_{d}[t] ...}), {@code B[f] = E[qB[f]]};</li>
 *   <li>{@code qD[f] = pD[f] + lr q_f[0]}, {@code D[f] = E[qD[f]]} (legacy).</li>
 * </ul>
 *
 * <p>Out-of-range indices (the padding -1) give zero one-hot vectors and add nothing. With
 * {@link CountMask#STRUCTURAL} the increments are multiplied by {@code [A > 0]},
 * {@code [B > 0]} or {@code [pD > 0]} (the legacy package). Methods on tensors mirror pymdp's
 * functions; methods on a {@link GenerativeModel} return a new model.
 */
public final class DirichletLearning {

    private DirichletLearning() {
    }

    /**
     * Updated concentrations and their expected values, per modality or factor.
     *
     * @param concentrations {@code qA}/{@code qB}/{@code qD} (an entry is {@code null} where
     *     there was no prior to update)
     * @param expected {@code E[q]} (the unchanged tensor where there was no prior)
     */
    public record Update(List<DoubleTensor> concentrations, List<DoubleTensor> expected) {

        /**
         * Copies the lists (which may hold nulls).
         *
         * @param concentrations see the record description
         * @param expected see the record description
         */
        public Update {
            concentrations = Collections.unmodifiableList(new ArrayList<>(concentrations));
            expected = Collections.unmodifiableList(new ArrayList<>(expected));
        }
    }

    // ------------------------------------------------------------------ kernels

    /**
     * One modality's new counts: {@code pA + lr Σ_t obs[t] ⊗ factors[0][t] ⊗ factors[1][t] ...}.
     *
     * @param pA the prior concentrations, shape {@code (No, parents...)}
     * @param obs {@code [t][o]}: the observation distribution per step
     * @param factors {@code [j][t][s]}: the beliefs of each parent factor per step
     * @param lr the learning rate
     * @param mask a tensor whose zeros block counts ({@code A} for the legacy form), or {@code null}
     * @return the new concentrations
     */
    public static double[] addObservationCounts(double[] pA, double[][] obs, double[][][] factors, double lr,
            double[] mask) {
        double[] out = pA.clone();
        double[][] vectors = new double[factors.length + 1][];
        double[] increment = mask == null ? null : new double[pA.length];
        for (int t = 0; t < obs.length; t++) {
            vectors[0] = obs[t];
            for (int j = 0; j < factors.length; j++) {
                vectors[j + 1] = factors[j][t];
            }
            if (mask == null) {
                FactorDot.addOuter(out, lr, vectors);
            } else {
                Arrays.fill(increment, 0.0);
                FactorDot.addOuter(increment, lr, vectors);
                for (int i = 0; i < out.length; i++) {
                    if (mask[i] > 0.0) {
                        out[i] += increment[i];
                    }
                }
            }
        }
        return out;
    }

    /**
     * One factor's new counts: {@code pB[..., a_t] += lr J[t]} for every step with a valid action.
     *
     * @param pB the prior concentrations, flat {@code (Ns, parents..., Nu)} with the action last
     * @param numControls {@code Nu}
     * @param joints {@code [t]}: flat pairwise beliefs of shape {@code (Ns, parents...)}
     * @param actions {@code [t]}: the action of this factor per step (out of range: no count)
     * @param lr the learning rate
     * @param mask {@code B} (same layout as {@code pB}) for the legacy form, or {@code null}
     * @return the new concentrations
     */
    public static double[] addTransitionCounts(double[] pB, int numControls, double[][] joints, int[] actions,
            double lr, double[] mask) {
        double[] out = pB.clone();
        int slice = pB.length / numControls;
        for (int t = 0; t < joints.length; t++) {
            int a = actions[t];
            if (a < 0 || a >= numControls) {
                continue;
            }
            double[] j = joints[t];
            if (j.length != slice) {
                throw new IllegalArgumentException("joints[" + t + "]: expected " + slice + " values (Ns x parents), found "
                        + j.length);
            }
            for (int i = 0; i < slice; i++) {
                int at = i * numControls + a;
                if (mask == null || mask[at] > 0.0) {
                    out[at] += lr * j[i];
                }
            }
        }
        return out;
    }

    /**
     * The mean-field pairwise beliefs {@code J_f[t] = q_f[t+1] ⊗ q_{d}[t] ...} over
     * {@code bDeps[f]} (what pymdp builds for non-smoothing methods).
     *
     * @param qs {@code [f][t][s]}, {@code T} steps
     * @param bDependencies the B dependencies
     * @return {@code [f][t]} flat joints, {@code T-1} per factor
     */
    public static double[][][] meanFieldJoints(double[][][] qs, int[][] bDependencies) {
        int factors = qs.length;
        double[][][] out = new double[factors][][];
        for (int f = 0; f < factors; f++) {
            int steps = qs[f].length;
            out[f] = new double[Math.max(steps - 1, 0)][];
            int[] deps = bDependencies[f];
            for (int t = 0; t + 1 < steps; t++) {
                double[][] vectors = new double[deps.length + 1][];
                vectors[0] = qs[f][t + 1];
                for (int j = 0; j < deps.length; j++) {
                    vectors[j + 1] = qs[deps[j]][t];
                }
                out[f][t] = FactorDot.outer(vectors);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ tensor-level (pymdp's functions)

    /**
     * {@code update_obs_likelihood_dirichlet} on tensors.
     *
     * @param pA prior concentrations per modality (entries may be {@code null}: not learned)
     * @param A the current likelihoods (returned where {@code pA[m]} is null; the mask of the legacy form)
     * @param obs {@code [m][t][o]} observation distributions
     * @param qs {@code [f][t][s]} beliefs, the same {@code T}
     * @param aDependencies the A dependencies
     * @param lr the learning rate
     * @param mask unmasked (pymdp 1.0) or structural (legacy)
     * @return {@code qA} and {@code E[qA]}
     */
    public static Update updateA(List<DoubleTensor> pA, List<DoubleTensor> A, double[][][] obs, double[][][] qs,
            int[][] aDependencies, double lr, CountMask mask) {
        List<DoubleTensor> qA = observationCounts(pA, A, obs, qs, aDependencies, lr, mask);
        List<DoubleTensor> expected = new ArrayList<>();
        for (int m = 0; m < pA.size(); m++) {
            expected.add(qA.get(m) == null ? A.get(m) : Dirichlet.expectedValue(qA.get(m)));
        }
        return new Update(qA, expected);
    }

    /**
     * {@code qA} of {@link #updateA(List, List, double[][][], double[][][], int[][], double, CountMask)}
     * (null where no prior).
     */
    private static List<DoubleTensor> observationCounts(List<DoubleTensor> pA, List<DoubleTensor> A, double[][][] obs,
            double[][][] qs, int[][] aDependencies, double lr, CountMask mask) {
        List<DoubleTensor> qA = new ArrayList<>();
        for (int m = 0; m < pA.size(); m++) {
            DoubleTensor prior = pA.get(m);
            if (prior == null) {
                qA.add(null);
                continue;
            }
            double[] counts = addObservationCounts(prior.unsafeData(), obs[m], parentBeliefs(qs, aDependencies[m]), lr,
                    mask == CountMask.STRUCTURAL ? A.get(m).unsafeData() : null);
            qA.add(DoubleTensor.wrap(counts, prior.shape()));
        }
        return qA;
    }

    /**
     * {@code update_state_transition_dirichlet} on tensors.
     *
     * @param pB prior concentrations per factor, action axis last
     * @param B the current transitions (the mask of the legacy form; may be {@code null} when unmasked)
     * @param joints {@code [f][t]} flat pairwise beliefs {@code (Ns[f], parents...)}
     * @param actions {@code [t][f]} actions ({@code -1}: no count)
     * @param lr the learning rate
     * @param factorsToUpdate the factors to update, or {@code null} for all; the others keep
     *     {@code pB} and get {@code E[pB]}
     * @param mask unmasked (pymdp 1.0) or structural (legacy)
     * @return {@code qB} and {@code E[qB]}
     */
    public static Update updateB(List<DoubleTensor> pB, List<DoubleTensor> B, double[][][] joints, int[][] actions,
            double lr, int[] factorsToUpdate, CountMask mask) {
        List<DoubleTensor> qB = transitionCounts(pB, B, joints, actions, lr, factorsToUpdate, mask);
        List<DoubleTensor> expected = new ArrayList<>();
        for (int f = 0; f < pB.size(); f++) {
            DoubleTensor q = qB.get(f);
            expected.add(q == null ? (B == null ? null : B.get(f)) : Dirichlet.expectedValue(q));
        }
        return new Update(qB, expected);
    }

    /**
     * {@code qB} of {@link #updateB(List, List, double[][][], int[][], double, int[], CountMask)}
     * (null where no prior; the prior itself for a factor not updated).
     */
    private static List<DoubleTensor> transitionCounts(List<DoubleTensor> pB, List<DoubleTensor> B,
            double[][][] joints, int[][] actions, double lr, int[] factorsToUpdate, CountMask mask) {
        List<DoubleTensor> qB = new ArrayList<>();
        for (int f = 0; f < pB.size(); f++) {
            DoubleTensor prior = pB.get(f);
            if (prior == null) {
                qB.add(null);
                continue;
            }
            DoubleTensor q = prior;
            if (factorsToUpdate == null || contains(factorsToUpdate, f)) {
                int nu = prior.dim(prior.rank() - 1);
                int[] actionsF = new int[joints[f].length];
                for (int t = 0; t < actionsF.length; t++) {
                    actionsF[t] = actions[t][f];
                }
                double[] counts = addTransitionCounts(prior.unsafeData(), nu, joints[f], actionsF, lr,
                        mask == CountMask.STRUCTURAL ? B.get(f).unsafeData() : null);
                q = DoubleTensor.wrap(counts, prior.shape());
            }
            qB.add(q);
        }
        return qB;
    }

    /**
     * The legacy {@code update_pD}: {@code qD[f] = pD[f] + lr qs[f]} (only where
     * {@code pD > 0} with {@link CountMask#STRUCTURAL}, as the legacy package does).
     *
     * @param pD prior concentrations per factor (entries may be {@code null})
     * @param qs {@code [f][s]}: the beliefs about the initial state
     * @param lr the learning rate
     * @param factorsToUpdate the factors to update, or {@code null} for all
     * @param mask structural (legacy) or none
     * @return {@code qD} and {@code E[qD]} (the latter {@code null} where there was no prior)
     */
    public static Update updateD(List<DoubleTensor> pD, double[][] qs, double lr, int[] factorsToUpdate,
            CountMask mask) {
        List<DoubleTensor> qD = new ArrayList<>();
        List<DoubleTensor> expected = new ArrayList<>();
        for (int f = 0; f < pD.size(); f++) {
            DoubleTensor prior = pD.get(f);
            if (prior == null) {
                qD.add(null);
                expected.add(null);
                continue;
            }
            double[] counts = prior.data();
            if (factorsToUpdate == null || contains(factorsToUpdate, f)) {
                double[] p = prior.unsafeData();
                for (int i = 0; i < counts.length; i++) {
                    if (mask == CountMask.NONE || p[i] > 0.0) {
                        counts[i] += lr * qs[f][i];
                    }
                }
            }
            DoubleTensor q = DoubleTensor.wrap(counts, prior.shape());
            qD.add(q);
            expected.add(Dirichlet.expectedValue(q));
        }
        return new Update(qD, expected);
    }

    // ------------------------------------------------------------------ model-level

    /**
     * Learns {@code A} of every modality that has a {@code pA}.
     *
     * @param model the model
     * @param obs {@code [m][t][o]} observation distributions
     * @param qs {@code [f][t][s]} beliefs, the same {@code T}
     * @param lr the learning rate
     * @param mask unmasked (pymdp 1.0) or structural (legacy)
     * @return a new model with {@code pA = qA} and {@code A = E[qA]}
     * @throws IllegalStateException if the model has no {@code pA}
     */
    public static GenerativeModel updateA(GenerativeModel model, double[][][] obs, double[][][] qs, double lr,
            CountMask mask) {
        if (!model.hasPA()) {
            throw new IllegalStateException("pA is required for A learning, found a model without pA");
        }
        checkLengths(model.numModalities(), obs.length, "obs", "modality");
        checkLengths(model.numFactors(), qs.length, "qs", "factor");
        List<DoubleTensor> pA = new ArrayList<>();
        for (int m = 0; m < model.numModalities(); m++) {
            pA.add(model.pA(m).orElse(null));
        }
        return model.withObservationCounts(observationCounts(pA, model.A(), obs, qs, model.aDependencies(), lr,
                mask));
    }

    /**
     * Learns {@code B} of every factor that has a {@code pB}.
     *
     * @param model the model
     * @param joints {@code [f][t]} flat pairwise beliefs {@code (Ns[f], parents...)}
     * @param actions {@code [t][f]} actions ({@code -1}: no count)
     * @param lr the learning rate
     * @param mask unmasked (pymdp 1.0) or structural (legacy)
     * @return a new model with {@code pB = qB} and {@code B = E[qB]}
     * @throws IllegalStateException if the model has no {@code pB}
     */
    public static GenerativeModel updateB(GenerativeModel model, double[][][] joints, int[][] actions, double lr,
            CountMask mask) {
        if (!model.hasPB()) {
            throw new IllegalStateException("pB is required for B learning, found a model without pB");
        }
        checkLengths(model.numFactors(), joints.length, "joints", "factor");
        List<DoubleTensor> pB = new ArrayList<>();
        for (int f = 0; f < model.numFactors(); f++) {
            pB.add(model.pB(f).orElse(null));
        }
        return model.withTransitionCounts(transitionCounts(pB, model.B(), joints, actions, lr, null, mask));
    }

    /**
     * Learns {@code D} of every factor that has a {@code pD} (legacy).
     *
     * @param model the model
     * @param qs {@code [f][s]}: beliefs about the initial state
     * @param lr the learning rate
     * @param mask structural (legacy) or none
     * @return a new model with {@code pD = qD} and {@code D = E[qD]}
     * @throws IllegalStateException if the model has no {@code pD}
     */
    public static GenerativeModel updateD(GenerativeModel model, double[][] qs, double lr, CountMask mask) {
        if (!model.hasPD()) {
            throw new IllegalStateException("pD is required for D learning, found a model without pD");
        }
        List<DoubleTensor> pD = new ArrayList<>();
        for (int f = 0; f < model.numFactors(); f++) {
            pD.add(model.pD(f).orElse(null));
        }
        Update u = updateD(pD, qs, lr, null, mask);
        List<DoubleTensor> newD = new ArrayList<>();
        for (int f = 0; f < model.numFactors(); f++) {
            newD.add(u.expected().get(f) == null ? model.D(f) : u.expected().get(f));
        }
        return model.toBuilder().pD(u.concentrations()).D(newD).build();
    }

    private static double[][][] parentBeliefs(double[][][] qs, int[] deps) {
        double[][][] out = new double[deps.length][][];
        for (int j = 0; j < deps.length; j++) {
            out[j] = qs[deps[j]];
        }
        return out;
    }

    private static void checkLengths(int expected, int found, String name, String per) {
        if (expected != found) {
            throw new IllegalArgumentException(name + ": expected one entry per " + per + " (" + expected + "), found "
                    + found);
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
