package io.aifgym.agents.aif.planning;

import io.aifgym.agents.aif.control.EfeOptions;
import io.aifgym.agents.aif.control.ExpectedFreeEnergy;
import io.aifgym.agents.aif.control.Inductive;
import io.aifgym.agents.aif.control.NoveltyForm;
import io.aifgym.agents.aif.control.Policies;
import io.aifgym.agents.aif.control.StateInfoGainForm;
import io.aifgym.agents.aif.inference.Inference;
import io.aifgym.agents.aif.maths.FactorDot;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;
import java.util.List;

/**
 * One planning step of a search tree, compiled once per search: the predicted states and
 * outcomes of a joint action from some beliefs and that step's negative expected free energy
 * (spec 5.2, one step: utility, state information gain, novelty of pA and pB, inductive value,
 * as the {@link EfeOptions} switch them), plus the belief update of a sampled or enumerated
 * outcome ({@link BeliefUpdate}).
 *
 * <p>Beliefs are flat: all factors one after another ({@link #stateOffset}). Not thread-safe
 * (scratch arrays); a search owns one.
 */
final class StepModel {

    final GenerativeModel model;
    final EfeOptions options;
    final int numFactors;
    final int numModalities;
    final int[] numStates;
    final int[] numObs;
    /** Offset of each factor in a flat belief vector; {@code stateOffset[F]} is the total size. */
    final int[] stateOffset;
    final int stateSize;
    /** Offset of each modality in a flat outcome vector; {@code obsOffset[M]} is the total size. */
    final int[] obsOffset;
    final int obsSize;
    /** The joint actions, {@code actions[a][f]}. */
    final int[][] actions;
    final BeliefUpdate beliefs;

    private final int[][] aDeps;
    private final int[][] bDeps;
    /** Per modality: {@code (No, Ns[deps]...)}. */
    private final int[][] aShape;
    /** Per modality: {@code (Ns[deps]...)}. */
    private final int[][] aParentShape;
    /** Per factor: the shape of one action slice {@code (Ns, Ns[deps]...)}. */
    private final int[][] bShape;
    /** {@code preferences[m][row]}, or null when utility is off. */
    private final double[][][] preferences;
    /** Column entropies per modality for the per-modality information gain, or null. */
    private final double[][] ambiguity;
    private final boolean slowInfoGain;
    /** Masked novelty weights of pA per modality (null entries: none), or null when novelty is off. */
    private final double[][] noveltyA;
    /** Masked novelty weights of pB per factor and action (null entries: none), or null. */
    private final double[][][] noveltyB;
    /** Inductive penalty per factor (null entries: 0), or null. */
    private final double[][] inductive;

    /** {@code vectorsByRank[r]}: a scratch array of r vectors for a contraction. */
    private final double[][][] vectorsByRank;
    /** Scratch of {@link Contractions#keepAxis}: the weight before axis 0 (one entry) and after it. */
    private final double[] beforeScratch;
    private final double[] afterScratch;
    private final double[] vectorScratch;
    private final double[][] qView;
    private final double[][] qNextView;
    private final double[][] qoView;

    /**
     * Compiles a step.
     *
     * @param model the generative model
     * @param options the terms
     * @param inductiveMatrices the inductive matrices per factor, or null
     * @param rootBeliefs the beliefs at the start of planning (anchor of the inductive value)
     * @param actionSet the joint actions (length-1 policies)
     * @param numIter the fixed-point iterations of the belief update
     */
    StepModel(GenerativeModel model, EfeOptions options, List<DoubleTensor> inductiveMatrices, double[][] rootBeliefs,
            Policies actionSet, int numIter) {
        this.model = model;
        this.options = options;
        this.numFactors = model.numFactors();
        this.numModalities = model.numModalities();
        this.numStates = model.numStates();
        this.numObs = model.numObs();
        this.stateOffset = offsets(numStates);
        this.stateSize = stateOffset[numFactors];
        this.obsOffset = offsets(numObs);
        this.obsSize = obsOffset[numModalities];
        this.aDeps = model.aDependencies();
        this.bDeps = model.bDependencies();
        this.actions = new int[actionSet.count()][];
        for (int a = 0; a < actions.length; a++) {
            actions[a] = actionSet.actions(a, 0);
        }
        this.aShape = new int[numModalities][];
        this.aParentShape = new int[numModalities][];
        int largest = 1;
        for (int m = 0; m < numModalities; m++) {
            aShape[m] = model.A(m).shape();
            aParentShape[m] = Arrays.copyOfRange(aShape[m], 1, aShape[m].length);
            largest = Math.max(largest, model.aData(m).length);
        }
        this.bShape = new int[numFactors][];
        for (int f = 0; f < numFactors; f++) {
            bShape[f] = model.bSliceShape(f);
            largest = Math.max(largest, model.bData(f, 0).length);
        }
        this.preferences = options.useUtility() ? preferences(model, options) : null;
        this.slowInfoGain = options.useStatesInfoGain() && options.stateInfoGain() != StateInfoGainForm.PER_MODALITY;
        if (options.useStatesInfoGain() && !slowInfoGain) {
            ambiguity = new double[numModalities][];
            for (int m = 0; m < numModalities; m++) {
                ambiguity[m] = model.aEntropyData(m);
            }
        } else {
            ambiguity = null;
        }
        if (options.useParamInfoGain()) {
            if (!model.hasPA() && !model.hasPB()) {
                throw new IllegalArgumentException("options.useParamInfoGain: expected a model with pA or pB, found "
                        + "neither");
            }
            noveltyA = model.hasPA() ? noveltyA(model, options.novelty()) : null;
            noveltyB = model.hasPB() ? noveltyB(model, options.novelty()) : null;
        } else {
            noveltyA = null;
            noveltyB = null;
        }
        if (options.useInductive() && inductiveMatrices != null) {
            inductive = new double[numFactors][];
            for (int f = 0; f < numFactors; f++) {
                inductive[f] = Inductive.penalty(inductiveMatrices.get(f), rootBeliefs[f], options.inductiveEpsilon());
            }
        } else {
            inductive = null;
        }
        this.vectorsByRank = new double[maxRank() + 1][][];
        for (int r = 0; r < vectorsByRank.length; r++) {
            vectorsByRank[r] = new double[r][];
        }
        this.beforeScratch = new double[1];
        this.afterScratch = new double[largest];
        this.vectorScratch = new double[Math.max(max(numStates), max(numObs))];
        this.qView = new double[numFactors][];
        this.qNextView = new double[numFactors][];
        this.qoView = new double[numModalities][];
        this.beliefs = new BeliefUpdate(model, numIter);
    }

    private int maxRank() {
        int r = 0;
        for (int[] s : aShape) {
            r = Math.max(r, s.length);
        }
        for (int[] s : bShape) {
            r = Math.max(r, s.length);
        }
        return r;
    }

    private static int max(int[] xs) {
        int m = 1;
        for (int x : xs) {
            m = Math.max(m, x);
        }
        return m;
    }

    static int[] offsets(int[] sizes) {
        int[] out = new int[sizes.length + 1];
        for (int i = 0; i < sizes.length; i++) {
            out[i + 1] = out[i] + sizes[i];
        }
        return out;
    }

    private static double[][][] preferences(GenerativeModel model, EfeOptions options) {
        double[][][] out = new double[model.numModalities()][][];
        for (int m = 0; m < out.length; m++) {
            DoubleTensor cm = model.C(m);
            int rows = cm.rank() == 1 ? 1 : cm.dim(0);
            out[m] = new double[rows][];
            for (int r = 0; r < rows; r++) {
                out[m][r] = ExpectedFreeEnergy.preferenceRow(cm, r, options.preferences());
            }
        }
        return out;
    }

    private static double[][] noveltyA(GenerativeModel model, NoveltyForm form) {
        double[][] out = new double[model.numModalities()][];
        for (int m = 0; m < out.length; m++) {
            if (model.pAData(m) == null) {
                continue;
            }
            out[m] = form == NoveltyForm.EXACT ? model.aNoveltyData(m)
                    : ExpectedFreeEnergy.noveltyWeights(model.pA(m).orElseThrow(), form).unsafeData();
        }
        return out;
    }

    private static double[][][] noveltyB(GenerativeModel model, NoveltyForm form) {
        double[][][] out = new double[model.numFactors()][][];
        for (int f = 0; f < out.length; f++) {
            if (model.pBData(f, 0) == null) {
                continue;
            }
            int nu = model.numControls(f);
            out[f] = new double[nu][];
            if (form == NoveltyForm.EXACT) {
                for (int u = 0; u < nu; u++) {
                    out[f][u] = model.bNoveltyData(f, u);
                }
            } else {
                double[] w = ExpectedFreeEnergy.noveltyWeights(model.pB(f).orElseThrow(), form).unsafeData();
                int slice = w.length / nu;
                for (int u = 0; u < nu; u++) {
                    double[] s = new double[slice];
                    for (int i = 0; i < slice; i++) {
                        s[i] = w[i * nu + u];
                    }
                    out[f][u] = s;
                }
            }
        }
        return out;
    }

    /** @return the number of joint actions */
    int numActions() {
        return actions.length;
    }

    /**
     * Predicts one step: {@code q' = B[u] q}, {@code qo = A q'}, and its negative expected free
     * energy.
     *
     * @param q the beliefs before the step, flat
     * @param qOffset where they start in {@code q}
     * @param action the joint action index
     * @param step the planning step (row of a time-indexed C)
     * @param qNext where to write the predicted beliefs, flat
     * @param nextOffset where they start in {@code qNext}
     * @param qo where to write the predicted outcomes, flat
     * @param qoOffset where they start in {@code qo}
     * @return the step's negative expected free energy
     */
    double predict(double[] q, int qOffset, int action, int step, double[] qNext, int nextOffset, double[] qo,
            int qoOffset) {
        int[] u = actions[action];
        view(q, qOffset, stateOffset, qView);
        view(qNext, nextOffset, stateOffset, qNextView);
        view(qo, qoOffset, obsOffset, qoView);
        for (int f = 0; f < numFactors; f++) {
            Inference.empiricalPrior(model, qView, f, u[f], qNextView[f]);
        }
        double g = 0.0;
        for (int m = 0; m < numModalities; m++) {
            double[] out = qoView[m];
            contract(model.aData(m), aShape[m], aDeps[m], qNextView, out);
            if (preferences != null) {
                double[][] rows = preferences[m];
                g += Maths.dot(out, rows[Math.min(step, rows.length - 1)]);
            }
            if (ambiguity != null) {
                g += Maths.entropy(out) - contractAll(ambiguity[m], aParentShape[m], aDeps[m], qNextView);
            }
            if (noveltyA != null && noveltyA[m] != null) {
                double[] wx = vectorScratch;
                contract(noveltyA[m], aShape[m], aDeps[m], qNextView, wx);
                double s = 0.0;
                for (int o = 0; o < out.length; o++) {
                    s += out[o] * wx[o];
                }
                g += s;
            }
        }
        if (slowInfoGain) {
            g += ExpectedFreeEnergy.statesInfoGain(copy(qNextView), copy(qoView), model.A(), aDeps,
                    options.stateInfoGain());
        }
        if (noveltyB != null) {
            for (int f = 0; f < numFactors; f++) {
                if (noveltyB[f] == null) {
                    continue;
                }
                double[] wx = vectorScratch;
                contract(noveltyB[f][u[f]], bShape[f], bDeps[f], qView, wx);
                double s = 0.0;
                double[] next = qNextView[f];
                for (int i = 0; i < next.length; i++) {
                    s += next[i] * wx[i];
                }
                g += s;
            }
        }
        if (inductive != null) {
            for (int f = 0; f < numFactors; f++) {
                if (inductive[f] != null) {
                    g += Maths.dot(inductive[f], qNextView[f]);
                }
            }
        }
        store(qNext, nextOffset, qo, qoOffset);
        return g;
    }

    /** {@code out = dot(x, [q_d for d in deps], keep axis 0)} with {@code x} of shape {@code (rows, Ns[deps]...)}. */
    private void contract(double[] x, int[] shape, int[] deps, double[][] q, double[] out) {
        int rows = shape[0];
        if (deps.length == 1) {
            FactorDot.matVec(x, 0, rows, shape[1], q[deps[0]], out);
            return;
        }
        if (deps.length == 0) {
            System.arraycopy(x, 0, out, 0, rows);
            return;
        }
        double[][] vectors = vectorsByRank[deps.length + 1];
        for (int j = 0; j < deps.length; j++) {
            vectors[j + 1] = q[deps[j]];
        }
        Contractions.keepAxis(x, 0, shape, 0, vectors, out, beforeScratch, afterScratch);
    }

    private double contractAll(double[] x, int[] shape, int[] deps, double[][] q) {
        if (deps.length == 1) {
            return Maths.dot(x, q[deps[0]]);
        }
        if (deps.length == 0) {
            return x[0];
        }
        double[][] vectors = new double[deps.length][];
        for (int j = 0; j < deps.length; j++) {
            vectors[j] = q[deps[j]];
        }
        return FactorDot.contractAll(x, shape, vectors);
    }

    /** Copies a flat vector into per-factor (or per-modality) arrays. */
    private static void view(double[] flat, int offset, int[] offsets, double[][] out) {
        for (int i = 0; i < out.length; i++) {
            int n = offsets[i + 1] - offsets[i];
            if (out[i] == null || out[i].length != n) {
                out[i] = new double[n];
            }
            System.arraycopy(flat, offset + offsets[i], out[i], 0, n);
        }
    }

    private static double[][] copy(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    /** Writes the per-factor predictions back into flat storage. */
    private void store(double[] qNext, int nextOffset, double[] qo, int qoOffset) {
        for (int f = 0; f < numFactors; f++) {
            System.arraycopy(qNextView[f], 0, qNext, nextOffset + stateOffset[f], numStates[f]);
        }
        for (int m = 0; m < numModalities; m++) {
            System.arraycopy(qoView[m], 0, qo, qoOffset + obsOffset[m], numObs[m]);
        }
    }

    /**
     * The beliefs as per-factor arrays (new arrays).
     *
     * @param flat the flat beliefs
     * @param offset where they start
     * @return {@code qs[f][s]}
     */
    double[][] unflatten(double[] flat, int offset) {
        double[][] out = new double[numFactors][];
        for (int f = 0; f < numFactors; f++) {
            out[f] = Arrays.copyOfRange(flat, offset + stateOffset[f], offset + stateOffset[f + 1]);
        }
        return out;
    }

    /**
     * Writes per-factor beliefs into flat storage.
     *
     * @param qs the beliefs
     * @param flat where to write
     * @param offset where to start
     */
    void flatten(double[][] qs, double[] flat, int offset) {
        for (int f = 0; f < numFactors; f++) {
            System.arraycopy(qs[f], 0, flat, offset + stateOffset[f], numStates[f]);
        }
    }
}
