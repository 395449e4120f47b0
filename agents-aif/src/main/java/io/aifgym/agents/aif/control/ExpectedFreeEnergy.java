package io.aifgym.agents.aif.control;

import io.aifgym.agents.aif.maths.Dirichlet;
import io.aifgym.agents.aif.maths.FactorDot;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.List;

/**
 * The negative expected free energy of policies, evaluated policy by policy exactly as the
 * formulas of spec section 5.2 read (pymdp's {@code compute_neg_efe_policy_inductive}, and the
 * legacy package's {@code update_posterior_policies*} with the legacy forms of
 * {@link EfeOptions}). This is the reference that the fast engine ({@link PolicyInference}) is
 * tested against, and the evaluator for the legacy SPM information-gain forms; each term is
 * also available on its own.
 *
 * <p>Beliefs are {@code double[][]} with one distribution per factor ({@code qs[f]}), predicted
 * outcomes one per modality ({@code qo[m]}). Larger {@code neg_efe} is better.
 */
public final class ExpectedFreeEnergy {

    private static final double SPM_STATE_THRESHOLD = Math.exp(-16);

    private ExpectedFreeEnergy() {
    }

    /**
     * The negative expected free energy of every policy (spec 5.2), evaluated one policy at a
     * time from the current beliefs.
     *
     * @param model the model
     * @param qs the current beliefs, one distribution per factor
     * @param policies the policies, over the model's factors
     * @param options the terms and their forms
     * @return {@code neg_efe}, one value per policy
     * @throws IllegalArgumentException if the beliefs or policies do not fit the model, or novelty
     *     is on without {@code pA} and {@code pB}
     */
    public static double[] negEfe(EfeModel model, double[][] qs, Policies policies, EfeOptions options) {
        checkBeliefs(model, qs);
        checkPolicies(model, policies);
        Weights weights = Weights.of(model, options);
        double[] out = new double[policies.count()];
        for (int p = 0; p < out.length; p++) {
            out[p] = negEfe(model, qs, policies.policy(p), options, weights);
        }
        return out;
    }

    /**
     * The negative expected free energy of one policy.
     *
     * @param model the model
     * @param qs the current beliefs
     * @param policy the policy, {@code (L, F)}
     * @param options the terms and their forms
     * @return its {@code neg_efe}
     */
    public static double negEfe(EfeModel model, double[][] qs, int[][] policy, EfeOptions options) {
        checkBeliefs(model, qs);
        return negEfe(model, qs, policy, options, Weights.of(model, options));
    }

    private static double negEfe(EfeModel model, double[][] qs0, int[][] policy, EfeOptions options,
            Weights weights) {
        int[][] aDeps = model.aDependencies();
        int[][] bDeps = model.bDependencies();
        double negEfe = 0.0;
        double[][] qs = qs0;
        for (int t = 0; t < policy.length; t++) {
            double[][] qsNext = expectedStates(qs, model.B(), bDeps, policy[t]);
            double[][] qo = expectedObs(qsNext, model.A(), aDeps);
            double infoGain = options.useStatesInfoGain()
                    ? statesInfoGain(qsNext, qo, model.A(), aDeps, options.stateInfoGain()) : 0.0;
            double utility = options.useUtility() && model.C() != null
                    ? utility(qo, model.C(), t, options.preferences()) : 0.0;
            double novelty = 0.0;
            if (options.useParamInfoGain()) {
                if (weights.a != null) {
                    novelty += pANovelty(qo, qsNext, weights.a, aDeps);
                }
                if (weights.b != null) {
                    novelty += pBNovelty(qsNext, qs, weights.b, bDeps, policy[t]);
                }
            }
            double inductive = options.useInductive() && model.I() != null
                    ? inductiveValue(qs0, qsNext, model.I(), options.inductiveEpsilon()) : 0.0;
            negEfe += infoGain + utility + novelty + inductive;
            qs = qsNext;
        }
        return negEfe;
    }

    // ------------------------------------------------------------------ predictions

    /**
     * pymdp's {@code compute_expected_state}: {@code q'_f = dot(B_f[..., u_f], [q_d for d in deps_f])}.
     *
     * @param qs the beliefs before the step
     * @param B the transitions
     * @param bDependencies each factor's parents
     * @param actions one action per factor
     * @return the predicted beliefs after the step
     */
    public static double[][] expectedStates(double[][] qs, List<DoubleTensor> B, int[][] bDependencies,
            int[] actions) {
        if (actions.length != B.size()) {
            throw new IllegalArgumentException("actions: expected one per factor (" + B.size() + "), found "
                    + actions.length);
        }
        double[][] out = new double[B.size()][];
        for (int f = 0; f < out.length; f++) {
            DoubleTensor bf = B.get(f);
            int[] shape = bf.shape();
            int[] deps = bDependencies[f];
            double[][] vectors = new double[shape.length][];
            for (int j = 0; j < deps.length; j++) {
                vectors[j + 1] = qs[deps[j]];
            }
            int nu = shape[shape.length - 1];
            if (actions[f] < 0 || actions[f] >= nu) {
                throw new IllegalArgumentException("actions[" + f + "]: expected an action in [0, " + nu
                        + "), found " + actions[f]);
            }
            vectors[shape.length - 1] = Maths.oneHot(actions[f], nu);
            out[f] = FactorDot.contract(bf.unsafeData(), shape, vectors);
        }
        return out;
    }

    /**
     * pymdp's {@code compute_expected_obs}: {@code qo_m = dot(A_m, [q_d for d in deps_m])}.
     *
     * @param qs the (predicted) beliefs
     * @param A the likelihoods
     * @param aDependencies each modality's factors
     * @return the predicted outcome distribution of each modality
     */
    public static double[][] expectedObs(double[][] qs, List<DoubleTensor> A, int[][] aDependencies) {
        double[][] out = new double[A.size()][];
        for (int m = 0; m < out.length; m++) {
            DoubleTensor am = A.get(m);
            int[] deps = aDependencies[m];
            double[][] vectors = new double[am.rank()][];
            for (int j = 0; j < deps.length; j++) {
                vectors[j + 1] = qs[deps[j]];
            }
            out[m] = FactorDot.contract(am.unsafeData(), am.shape(), vectors);
        }
        return out;
    }

    // ------------------------------------------------------------------ terms

    /**
     * The expected utility at planning step {@code t}: {@code Σ_m qo_m · c_m}, with {@code c_m}
     * row {@code min(t, T-1)} of a time-indexed {@code C_m} and transformed by {@code form}.
     *
     * @param qo the predicted outcomes
     * @param C the preferences, {@code (No)} or {@code (T, No)} per modality
     * @param t the planning step
     * @param form raw or log-softmax
     * @return the utility
     */
    public static double utility(double[][] qo, List<DoubleTensor> C, int t, PreferenceForm form) {
        double u = 0.0;
        for (int m = 0; m < qo.length; m++) {
            double[] c = preferenceRow(C.get(m), t, form);
            u += Maths.dot(qo[m], c);
        }
        return u;
    }

    /**
     * The utility vector of one modality at one planning step.
     *
     * @param cm the preferences of the modality, {@code (No)} or {@code (T, No)}
     * @param t the planning step (rows past the last use the last)
     * @param form raw or log-softmax ({@code ln(softmax(c) + 1e-16)})
     * @return the vector {@code c} with {@code utility = qo · c}
     */
    public static double[] preferenceRow(DoubleTensor cm, int t, PreferenceForm form) {
        double[] row;
        if (cm.rank() == 1) {
            row = cm.data();
        } else {
            int rows = cm.dim(0);
            int no = cm.dim(1);
            int r = Math.min(t, rows - 1);
            row = new double[no];
            System.arraycopy(cm.unsafeData(), r * no, row, 0, no);
        }
        if (form == PreferenceForm.LOG_SOFTMAX) {
            Maths.softmax(row, row);
            for (int i = 0; i < row.length; i++) {
                row[i] = Maths.spmLog(row[i], Maths.SPM_EPS);
            }
        }
        return row;
    }

    /**
     * The state information gain of one predicted step.
     *
     * @param qsNext the predicted beliefs
     * @param qo the predicted outcomes (from {@code qsNext}; used by {@link StateInfoGainForm#PER_MODALITY})
     * @param A the likelihoods
     * @param aDependencies each modality's factors
     * @param form which mutual information
     * @return the information gain
     */
    public static double statesInfoGain(double[][] qsNext, double[][] qo, List<DoubleTensor> A, int[][] aDependencies,
            StateInfoGainForm form) {
        double gain = 0.0;
        switch (form) {
            case PER_MODALITY -> {
                for (int m = 0; m < A.size(); m++) {
                    DoubleTensor am = A.get(m);
                    int rows = am.dim(0);
                    double[] ambiguity = new double[am.size() / rows];
                    Maths.columnEntropies(am.unsafeData(), rows, ambiguity);
                    double expectedAmbiguity = FactorDot.contractAll(ambiguity, parentShape(am),
                            parents(qsNext, aDependencies[m]));
                    gain += Maths.entropy(qo[m]) - expectedAmbiguity;
                }
            }
            case SPM_PER_MODALITY -> {
                for (int m = 0; m < A.size(); m++) {
                    int[] deps = aDependencies[m];
                    int[][] axes = {range(deps.length)};
                    gain += spmMdpG(List.of(A.get(m)), axes, parents(qsNext, deps));
                }
            }
            case SPM_JOINT -> gain = spmMdpG(A, aDependencies, qsNext);
            default -> throw new IllegalStateException("unknown form " + form);
        }
        return gain;
    }

    /**
     * SPM's {@code spm_MDP_G} (the legacy package's): the mutual information between the joint
     * outcome of the given modalities and the joint state, with {@code qx} the outer product of
     * {@code x}: {@code Σ_{s: qx[s] > e^-16} qx[s] po_s · ln(po_s + e^-16) - qo · ln(qo + 1e-16)},
     * where {@code po_s} is the outer product over modalities of {@code A_m[:, s]} and
     * {@code qo = Σ_{s: qx[s] > e^-16} qx[s] po_s}.
     *
     * @param A the likelihoods of the modalities
     * @param axes for each modality, the index into {@code x} of each of its state axes
     * @param x the state distributions whose outer product is the joint state
     * @return {@code G}
     */
    public static double spmMdpG(List<DoubleTensor> A, int[][] axes, double[][] x) {
        int numModalities = A.size();
        int outcomes = 1;
        for (DoubleTensor am : A) {
            outcomes *= am.dim(0);
        }
        int[] sizes = new int[x.length];
        long states = 1;
        for (int k = 0; k < x.length; k++) {
            sizes[k] = x[k].length;
            states *= sizes[k];
        }
        double[] qo = new double[outcomes];
        double[] po = new double[outcomes];
        int[] state = new int[x.length];
        double g = 0.0;
        for (long s = 0; s < states; s++) {
            double qx = 1.0;
            for (int k = 0; k < x.length; k++) {
                qx *= x[k][state[k]];
            }
            if (qx > SPM_STATE_THRESHOLD) {
                int len = 1;
                po[0] = 1.0;
                for (int m = 0; m < numModalities; m++) {
                    DoubleTensor am = A.get(m);
                    int no = am.dim(0);
                    int cols = am.size() / no;
                    int col = 0;
                    int[] shape = am.shape();
                    for (int j = 0; j < axes[m].length; j++) {
                        col = col * shape[j + 1] + state[axes[m][j]];
                    }
                    double[] data = am.unsafeData();
                    // po <- po (x) A_m[:, col], the earlier modalities slower
                    for (int i = len - 1; i >= 0; i--) {
                        double w = po[i];
                        for (int o = no - 1; o >= 0; o--) {
                            po[i * no + o] = w * data[o * cols + col];
                        }
                    }
                    len *= no;
                }
                double plogp = 0.0;
                for (int i = 0; i < outcomes; i++) {
                    qo[i] += qx * po[i];
                    plogp += po[i] * Math.log(po[i] + SPM_STATE_THRESHOLD);
                }
                g += qx * plogp;
            }
            for (int k = x.length - 1; k >= 0; k--) {
                if (++state[k] < sizes[k]) {
                    break;
                }
                state[k] = 0;
            }
        }
        for (int i = 0; i < outcomes; i++) {
            g -= qo[i] * Maths.spmLog(qo[i], Maths.SPM_EPS);
        }
        return g;
    }

    /**
     * The novelty about {@code A} of one predicted step (spec 5.2 {@code NovA}):
     * {@code Σ_m qo_m · dot(W_m, [q'_d for d in deps_m], keep={0})}.
     *
     * @param qo the predicted outcomes
     * @param qsNext the predicted beliefs
     * @param weightsA the masked novelty weights of each modality ({@link #noveltyWeights}; null entries skipped)
     * @param aDependencies each modality's factors
     * @return the novelty (positive)
     */
    public static double pANovelty(double[][] qo, double[][] qsNext, List<DoubleTensor> weightsA,
            int[][] aDependencies) {
        double nov = 0.0;
        for (int m = 0; m < weightsA.size(); m++) {
            DoubleTensor w = weightsA.get(m);
            if (w == null) {
                continue;
            }
            double[][] vectors = new double[w.rank()][];
            int[] deps = aDependencies[m];
            for (int j = 0; j < deps.length; j++) {
                vectors[j + 1] = qsNext[deps[j]];
            }
            double[] wx = FactorDot.contract(w.unsafeData(), w.shape(), vectors);
            nov += Maths.dot(qo[m], wx);
        }
        return nov;
    }

    /**
     * The novelty about {@code B} of one predicted step (spec 5.2 {@code NovB}):
     * {@code Σ_f q'_f · dot(V_f[..., u_f], [q_d for d in deps_f], keep={0})}.
     *
     * @param qsNext the predicted beliefs after the step
     * @param qsPrev the beliefs before the step
     * @param weightsB the masked novelty weights of each factor, shaped like {@code pB} (null entries skipped)
     * @param bDependencies each factor's parents
     * @param actions the step's action per factor
     * @return the novelty (positive)
     */
    public static double pBNovelty(double[][] qsNext, double[][] qsPrev, List<DoubleTensor> weightsB,
            int[][] bDependencies, int[] actions) {
        double nov = 0.0;
        for (int f = 0; f < weightsB.size(); f++) {
            DoubleTensor w = weightsB.get(f);
            if (w == null) {
                continue;
            }
            int[] shape = w.shape();
            double[][] vectors = new double[shape.length][];
            int[] deps = bDependencies[f];
            for (int j = 0; j < deps.length; j++) {
                vectors[j + 1] = qsPrev[deps[j]];
            }
            vectors[shape.length - 1] = Maths.oneHot(actions[f], shape[shape.length - 1]);
            double[] wx = FactorDot.contract(w.unsafeData(), shape, vectors);
            nov += Maths.dot(qsNext[f], wx);
        }
        return nov;
    }

    /**
     * The masked novelty weights of a Dirichlet tensor, normalised over axis 0: the positive
     * {@code w} of {@link NoveltyForm}, 0 where {@code α <= 0}.
     *
     * @param alpha the concentrations
     * @param form exact or SPM
     * @return the weights, same shape
     */
    public static DoubleTensor noveltyWeights(DoubleTensor alpha, NoveltyForm form) {
        double[] data = alpha.unsafeData();
        int rows = alpha.dim(0);
        double[] out = new double[data.length];
        if (form == NoveltyForm.EXACT) {
            Dirichlet.noveltyWeights(data, rows, true, out);
        } else {
            Dirichlet.wnormSpm(data, rows, Maths.SPM_EPS, out);
            for (int i = 0; i < out.length; i++) {
                out[i] = data[i] > 0.0 ? -out[i] : 0.0;
            }
        }
        return DoubleTensor.wrap(out, alpha.shape());
    }

    /**
     * The inductive value of one predicted step (spec 5.6, {@code calc_inductive_value_t}),
     * anchored on the argmax of the starting beliefs.
     *
     * @param qs0 the beliefs at the start of planning
     * @param qsNext the predicted beliefs
     * @param I the inductive matrices {@code (depth, Ns[f])}
     * @param epsilon the inductive epsilon
     * @return the value (0 or negative)
     */
    public static double inductiveValue(double[][] qs0, double[][] qsNext, List<DoubleTensor> I, double epsilon) {
        double value = 0.0;
        for (int f = 0; f < qs0.length; f++) {
            double[] penalty = Inductive.penalty(I.get(f), qs0[f], epsilon);
            if (penalty != null) {
                value += Maths.dot(penalty, qsNext[f]);
            }
        }
        return value;
    }

    // ------------------------------------------------------------------ helpers

    /** The masked novelty weights of a model's pA and pB (null where absent or not needed). */
    private record Weights(List<DoubleTensor> a, List<DoubleTensor> b) {

        static Weights of(EfeModel model, EfeOptions options) {
            if (!options.useParamInfoGain()) {
                return new Weights(null, null);
            }
            if (model.pA() == null && model.pB() == null) {
                throw new IllegalArgumentException(
                        "useParamInfoGain: expected pA or pB in the model, found neither");
            }
            return new Weights(weights(model.pA(), options.novelty()), weights(model.pB(), options.novelty()));
        }

        private static List<DoubleTensor> weights(List<DoubleTensor> alpha, NoveltyForm form) {
            if (alpha == null) {
                return null;
            }
            List<DoubleTensor> out = new ArrayList<>(alpha.size());
            for (DoubleTensor t : alpha) {
                out.add(t == null ? null : noveltyWeights(t, form));
            }
            return out;
        }
    }

    static int[] parentShape(DoubleTensor t) {
        int[] shape = t.shape();
        int[] out = new int[shape.length - 1];
        System.arraycopy(shape, 1, out, 0, out.length);
        return out;
    }

    static double[][] parents(double[][] qs, int[] deps) {
        double[][] out = new double[deps.length][];
        for (int j = 0; j < deps.length; j++) {
            out[j] = qs[deps[j]];
        }
        return out;
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    static void checkBeliefs(EfeModel model, double[][] qs) {
        int[] ns = model.numStates();
        if (qs.length != ns.length) {
            throw new IllegalArgumentException("qs: expected one distribution per factor (" + ns.length + "), found "
                    + qs.length);
        }
        for (int f = 0; f < ns.length; f++) {
            if (qs[f] == null || qs[f].length != ns[f]) {
                throw new IllegalArgumentException("qs[" + f + "]: expected length " + ns[f] + ", found "
                        + (qs[f] == null ? "null" : qs[f].length));
            }
        }
    }

    static void checkPolicies(EfeModel model, Policies policies) {
        int[] nu = model.numControls();
        if (policies.numFactors() != nu.length) {
            throw new IllegalArgumentException("policies: expected actions for " + nu.length + " factors, found "
                    + policies.numFactors());
        }
        for (int f = 0; f < nu.length; f++) {
            if (policies.numControls(f) > nu[f]) {
                throw new IllegalArgumentException("policies: expected at most " + nu[f] + " actions for factor " + f
                        + " (B[" + f + "]'s last axis), found " + policies.numControls(f));
            }
        }
    }
}
