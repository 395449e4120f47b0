package io.aifgym.agents.aif.inference;

import io.aifgym.agents.aif.maths.FactorDot;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.model.GenerativeModel;

/**
 * The variational free energy diagnostic of pymdp 1.0 ({@code maths.calc_vfe}, spec 4.9) with
 * its decomposition: per time step, negative entropy plus the cross-entropy to the prior (at
 * sequence starts) or to the transition model, minus the accuracy.
 *
 * @param negEntropyT {@code Σ_f Σ q ln⁺ q} per step (or the negative conditional entropy under joints)
 * @param priorCrossEntropyT {@code -Σ_f Σ q ln⁺ p} per step (only at start steps for sequences)
 * @param transitionCrossEntropyT {@code -Σ_f E[ln⁺ B_f]} per step (0 at start steps and for one step)
 * @param accuracyT {@code Σ_m E_q[ln⁺ A_m(o_m | s)]} per step
 * @param vfeT the free energy per step (length 1 for a one-step posterior)
 * @param vfe the total {@code Σ_t vfeT}
 * @param sequence whether the posterior was a sequence (pymdp returns a scalar {@code vfe_t} otherwise)
 */
public record FreeEnergy(double[] negEntropyT, double[] priorCrossEntropyT, double[] transitionCrossEntropyT,
        double[] accuracyT, double[] vfeT, double vfe, boolean sequence) {

    /**
     * Copies the arrays.
     *
     * @param negEntropyT see the record description
     * @param priorCrossEntropyT see the record description
     * @param transitionCrossEntropyT see the record description
     * @param accuracyT see the record description
     * @param vfeT see the record description
     * @param vfe see the record description
     * @param sequence see the record description
     */
    public FreeEnergy {
        negEntropyT = negEntropyT.clone();
        priorCrossEntropyT = priorCrossEntropyT.clone();
        transitionCrossEntropyT = transitionCrossEntropyT.clone();
        accuracyT = accuracyT.clone();
        vfeT = vfeT.clone();
    }

    /** @return a copy of the negative entropy terms */
    @Override
    public double[] negEntropyT() {
        return negEntropyT.clone();
    }

    /** @return a copy of the prior cross-entropy terms */
    @Override
    public double[] priorCrossEntropyT() {
        return priorCrossEntropyT.clone();
    }

    /** @return a copy of the transition cross-entropy terms */
    @Override
    public double[] transitionCrossEntropyT() {
        return transitionCrossEntropyT.clone();
    }

    /** @return a copy of the accuracy terms */
    @Override
    public double[] accuracyT() {
        return accuracyT.clone();
    }

    /** @return a copy of the per-step free energies */
    @Override
    public double[] vfeT() {
        return vfeT.clone();
    }

    /**
     * The free energy of a one-step posterior against its (empirical) prior and the current
     * observation.
     *
     * @param model the model (A and dependencies)
     * @param qs {@code qs[f][s]}
     * @param prior {@code prior[f][s]}
     * @param obs {@code obs[m][o]} (distributions), or {@code null} to omit the accuracy
     * @return the decomposition
     */
    public static FreeEnergy singleStep(GenerativeModel model, double[][] qs, double[][] prior, double[][] obs) {
        requireFactors(model, qs.length, "qs");
        requireFactors(model, prior.length, "prior");
        double negEntropy = negEntropy(qs);
        double priorCe = crossEntropy(qs, prior);
        double accuracy = obs == null ? 0.0 : accuracy(model, qs, obs);
        double vfe = negEntropy + priorCe - accuracy;
        return new FreeEnergy(new double[] {negEntropy}, new double[] {priorCe}, new double[] {0.0},
                new double[] {accuracy}, new double[] {vfe}, vfe, false);
    }

    /**
     * The free energy of a sequence posterior (mean-field, or under pairwise joints).
     *
     * @param model the model (A, B and dependencies)
     * @param qs {@code qs[f][t][s]}, {@code T} steps
     * @param prior {@code prior[f][s]}, the prior of the first step
     * @param obs {@code obs[m][t][o]}, or {@code null} to omit the accuracy
     * @param pastActions {@code (T-1, F)} actions ({@code -1} masks the transition), or
     *     {@code null} (then every factor must have one control, action 0)
     * @param joints per factor {@code (T-1)} flat pairwise posteriors {@code J[t]} of shape
     *     {@code (Ns[f], parents...)}, or {@code null} for the mean-field product
     * @param obsValid per step whether it carries evidence, or {@code null} (all valid)
     * @param transitionValid per transition whether it is valid, or {@code null} (derived from
     *     {@code obsValid} and the actions)
     * @return the decomposition
     * @throws IllegalArgumentException if the shapes disagree or actions are required but missing
     */
    public static FreeEnergy sequence(GenerativeModel model, double[][][] qs, double[][] prior, double[][][] obs,
            int[][] pastActions, double[][][] joints, boolean[] obsValid, boolean[] transitionValid) {
        int factors = model.numFactors();
        requireFactors(model, qs.length, "qs");
        requireFactors(model, prior.length, "prior");
        int steps = qs[0].length;
        if (pastActions != null) {
            Inference.checkPastActions(pastActions, factors, steps);
        } else if (steps > 1) {
            for (int f = 0; f < factors; f++) {
                if (model.numControls(f) != 1) {
                    throw new IllegalArgumentException("`past_actions` is required to compute sequence VFE when "
                            + "transition tensors have more than one control state (B[" + f + "] has "
                            + model.numControls(f) + ")");
                }
            }
        }
        if (joints != null) {
            if (joints.length != factors) {
                throw new IllegalArgumentException("joint_qs: expected one entry per factor (" + factors + "), found "
                        + joints.length);
            }
            for (int f = 0; f < factors; f++) {
                if (joints[f].length != Math.max(steps - 1, 0)) {
                    throw new IllegalArgumentException("joint_qs[" + f + "]: expected leading dimension "
                            + Math.max(steps - 1, 0) + ", found " + joints[f].length);
                }
            }
        }
        boolean[] valid = obsValid != null ? obsValid.clone() : filled(steps, true);
        boolean[] trans;
        if (transitionValid != null) {
            trans = transitionValid.clone();
        } else {
            trans = new boolean[Math.max(steps - 1, 0)];
            for (int t = 0; t < trans.length; t++) {
                trans[t] = valid[t] && valid[t + 1] && (pastActions == null || allNonNegative(pastActions[t]));
            }
        }
        double[] negEntropyT = new double[steps];
        double[] priorT = new double[steps];
        double[] transitionT = new double[steps];
        double[] accuracyT = new double[steps];
        double[] vfeT = new double[steps];
        double[][] qsT = new double[factors][];
        double[][] obsT = obs == null ? null : new double[obs.length][];
        for (int t = 0; t < steps; t++) {
            for (int f = 0; f < factors; f++) {
                qsT[f] = qs[f][t];
            }
            double scale = valid[t] ? 1.0 : 0.0;
            boolean start = valid[t] && (t == 0 || !trans[t - 1]);
            double startScale = start ? 1.0 : 0.0;
            double priorTerm = crossEntropy(qsT, prior) * scale;
            double accuracyTerm = 0.0;
            if (obsT != null) {
                for (int m = 0; m < obs.length; m++) {
                    obsT[m] = obs[m][t];
                }
                accuracyTerm = accuracy(model, qsT, obsT) * scale;
            }
            double negEntropyMarginal = negEntropy(qsT) * scale;
            double negEntropyTerm = negEntropyMarginal;
            if (joints != null && t > 0) {
                double conditional = 0.0;
                for (int f = 0; f < factors; f++) {
                    double[] j = joints[f][t - 1];
                    int rows = model.numStates(f);
                    double[] parentMarginal = new double[j.length / rows];
                    Maths.columnSums(j, rows, parentMarginal);
                    conditional += -Maths.entropy(j) + Maths.entropy(parentMarginal);
                }
                negEntropyTerm = startScale * negEntropyMarginal + (1.0 - startScale) * conditional * scale;
            }
            double transitionTerm = 0.0;
            if (t > 0 && trans[t - 1]) {
                for (int f = 0; f < factors; f++) {
                    int action = pastActions == null ? 0 : Math.max(pastActions[t - 1][f], 0);
                    double[] logB = model.logBData(f, action);
                    if (joints == null) {
                        int[] deps = model.bDependencies(f);
                        double[][] vectors = new double[deps.length + 1][];
                        vectors[0] = qs[f][t];
                        for (int j = 0; j < deps.length; j++) {
                            vectors[j + 1] = qs[deps[j]][t - 1];
                        }
                        transitionTerm -= FactorDot.contractAll(logB, model.bSliceShape(f), vectors);
                    } else {
                        double[] jt = joints[f][t - 1];
                        double s = 0.0;
                        for (int i = 0; i < jt.length; i++) {
                            s += jt[i] * logB[i];
                        }
                        transitionTerm -= s;
                    }
                }
                transitionTerm *= 1.0 - startScale;
            }
            double priorCe = priorTerm * startScale;
            negEntropyT[t] = negEntropyTerm;
            priorT[t] = priorCe;
            transitionT[t] = transitionTerm;
            accuracyT[t] = accuracyTerm;
            vfeT[t] = negEntropyTerm + priorCe + transitionTerm - accuracyTerm;
        }
        double vfe = 0.0;
        for (double v : vfeT) {
            vfe += v;
        }
        return new FreeEnergy(negEntropyT, priorT, transitionT, accuracyT, vfeT, vfe, true);
    }

    /** {@code Σ_f Σ q ln⁺ q} (pymdp's {@code -stable_entropy}). */
    static double negEntropy(double[][] qs) {
        double s = 0.0;
        for (double[] q : qs) {
            s -= Maths.entropy(q);
        }
        return s;
    }

    /** {@code Σ_f -Σ q ln⁺ p} (pymdp's {@code stable_cross_entropy}), 0 where {@code q == 0}. */
    static double crossEntropy(double[][] qs, double[][] prior) {
        double s = 0.0;
        for (int f = 0; f < qs.length; f++) {
            double[] q = qs[f];
            double[] p = prior[f];
            for (int i = 0; i < q.length; i++) {
                if (q[i] != 0.0) {
                    s -= q[i] * Maths.logStable(p[i]);
                }
            }
        }
        return s;
    }

    /** {@code Σ_m dot(LL_m, [q_d for d in depA[m]])} (pymdp's {@code compute_accuracy}). */
    static double accuracy(GenerativeModel model, double[][] qs, double[][] obs) {
        double s = 0.0;
        for (int m = 0; m < model.numModalities(); m++) {
            double[] ll = Inference.logLikelihood(model, m, obs[m]);
            int[] deps = model.aDependencies(m);
            if (deps.length == 0) {
                s += ll[0];
                continue;
            }
            double[][] vectors = new double[deps.length][];
            int[] shape = new int[deps.length];
            for (int j = 0; j < deps.length; j++) {
                vectors[j] = qs[deps[j]];
                shape[j] = model.numStates(deps[j]);
            }
            s += FactorDot.contractAll(ll, shape, vectors);
        }
        return s;
    }

    private static boolean[] filled(int n, boolean v) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, v);
        return b;
    }

    static boolean allNonNegative(int[] actions) {
        for (int a : actions) {
            if (a < 0) {
                return false;
            }
        }
        return true;
    }

    private static void requireFactors(GenerativeModel model, int n, String name) {
        if (n != model.numFactors()) {
            throw new IllegalArgumentException(name + ": expected one entry per hidden-state factor ("
                    + model.numFactors() + "), found " + n);
        }
    }
}
