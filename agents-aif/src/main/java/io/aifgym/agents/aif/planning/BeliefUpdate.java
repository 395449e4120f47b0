package io.aifgym.agents.aif.planning;

import io.aifgym.agents.aif.inference.Inference;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.model.GenerativeModel;

/**
 * The one-step posterior of an outcome index per modality under a predicted prior, as the
 * agent's {@code fpi}/{@code exact} inference computes it ({@link Inference#oneStep} and
 * {@link Inference#singleFactorPosterior}; pymdp's {@code infer_fn} of the search, spec 10.1),
 * on flat arrays with reused scratch space: one factor is the closed form
 * {@code q ∝ p ⊙ Π_m A_m[o_m, :]}; several factors run up to {@code numIter} parallel
 * mean-field updates from uniform beliefs, stopping once they have converged
 * ({@link #CONVERGED}). The log-likelihood of a known outcome is a row of
 * {@code ln⁺ A_m}, and modalities with a single parent factor add a constant, so only the
 * modalities with several parents are contracted in the loop.
 *
 * <p>Not thread-safe (scratch arrays).
 */
final class BeliefUpdate {

    /**
     * The fixed-point iteration stops early once no log-belief moves by more than this (the
     * remaining iterations would change the posterior by less than about {@code 1e-12}
     * relative); else it runs all {@code numIter} iterations.
     */
    static final double CONVERGED = 1e-12;

    private final GenerativeModel model;
    private final int numIter;
    private final int numFactors;
    private final int[] numStates;
    private final int[] stateOffset;
    private final int[][] aDeps;
    private final int[][] aParentShape;
    private final int[] aCols;
    /** Modalities with two or more parent factors, which couple the factors. */
    private final int[] coupled;
    private final double[][] logq;
    private final double[][] q;
    private final double[][] base;
    private final double[][] accumulated;
    private final double[][] llRows;
    private final double[] marginal;
    private final double[] before;
    private final double[] after;
    private final double[][][] vectorsByRank;

    BeliefUpdate(GenerativeModel model, int numIter) {
        this.model = model;
        this.numIter = numIter;
        this.numFactors = model.numFactors();
        this.numStates = model.numStates();
        this.stateOffset = StepModel.offsets(numStates);
        int modalities = model.numModalities();
        this.aDeps = model.aDependencies();
        this.aParentShape = new int[modalities][];
        this.aCols = new int[modalities];
        int count = 0;
        int largest = 1;
        int rank = 1;
        for (int m = 0; m < modalities; m++) {
            int[] shape = model.A(m).shape();
            aParentShape[m] = java.util.Arrays.copyOfRange(shape, 1, shape.length);
            aCols[m] = model.aData(m).length / shape[0];
            largest = Math.max(largest, aCols[m]);
            rank = Math.max(rank, aDeps[m].length);
            if (aDeps[m].length > 1) {
                count++;
            }
        }
        this.coupled = new int[count];
        int k = 0;
        for (int m = 0; m < modalities; m++) {
            if (aDeps[m].length > 1) {
                coupled[k++] = m;
            }
        }
        this.logq = new double[numFactors][];
        this.q = new double[numFactors][];
        this.base = new double[numFactors][];
        this.accumulated = new double[numFactors][];
        int maxStates = 1;
        for (int f = 0; f < numFactors; f++) {
            logq[f] = new double[numStates[f]];
            q[f] = new double[numStates[f]];
            base[f] = new double[numStates[f]];
            accumulated[f] = new double[numStates[f]];
            maxStates = Math.max(maxStates, numStates[f]);
        }
        this.llRows = new double[modalities][];
        for (int m : coupled) {
            llRows[m] = new double[aCols[m]];
        }
        this.marginal = new double[maxStates];
        this.before = new double[largest];
        this.after = new double[largest];
        this.vectorsByRank = new double[rank + 1][][];
        for (int r = 0; r < vectorsByRank.length; r++) {
            vectorsByRank[r] = new double[r][];
        }
    }

    /**
     * The posterior of the outcomes {@code obs} under the prior {@code prior}.
     *
     * @param obs one outcome index per modality (-1: no evidence)
     * @param prior the prior, flat
     * @param priorOffset where it starts
     * @param out where to write the posterior, flat (may not alias the prior)
     * @param outOffset where to start
     */
    void posterior(int[] obs, double[] prior, int priorOffset, double[] out, int outOffset) {
        for (int f = 0; f < numFactors; f++) {
            double[] b = base[f];
            int off = priorOffset + stateOffset[f];
            for (int s = 0; s < b.length; s++) {
                b[s] = Maths.logStable(prior[off + s]);
            }
        }
        for (int m = 0; m < obs.length; m++) {
            int o = obs[m];
            if (o < 0) {
                continue;
            }
            int[] deps = aDeps[m];
            if (deps.length == 1) {
                double[] logA = model.logAData(m);
                double[] b = base[deps[0]];
                int row = o * aCols[m];
                for (int s = 0; s < b.length; s++) {
                    b[s] += logA[row + s];
                }
            } else if (deps.length > 1) {
                System.arraycopy(model.logAData(m), o * aCols[m], llRows[m], 0, aCols[m]);
            }
        }
        if (numFactors == 1 || !anyEvidence(obs)) {
            for (int f = 0; f < numFactors; f++) {
                Maths.softmax(base[f], 0, out, outOffset + stateOffset[f], numStates[f]);
            }
            return;
        }
        for (int f = 0; f < numFactors; f++) {
            java.util.Arrays.fill(logq[f], 0.0);
        }
        for (int it = 0; it < numIter; it++) {
            for (int f = 0; f < numFactors; f++) {
                Maths.softmax(logq[f], q[f]);
            }
            double change = 0.0;
            for (int f = 0; f < numFactors; f++) {
                double[] next = logq[f];
                double[] b = base[f];
                double[] acc = accumulated[f];
                System.arraycopy(b, 0, acc, 0, acc.length);
                for (int m : coupled) {
                    if (obs[m] < 0) {
                        continue;
                    }
                    int[] deps = aDeps[m];
                    int axis = indexOf(deps, f);
                    if (axis < 0) {
                        continue;
                    }
                    double[][] vectors = vectorsByRank[deps.length];
                    for (int j = 0; j < deps.length; j++) {
                        vectors[j] = q[deps[j]];
                    }
                    Contractions.keepAxis(llRows[m], 0, aParentShape[m], axis, vectors, marginal, before, after);
                    for (int s = 0; s < acc.length; s++) {
                        acc[s] += marginal[s];
                    }
                }
                for (int s = 0; s < acc.length; s++) {
                    change = Math.max(change, Math.abs(acc[s] - next[s]));
                }
            }
            for (int f = 0; f < numFactors; f++) {
                System.arraycopy(accumulated[f], 0, logq[f], 0, logq[f].length);
            }
            if (it > 0 && change <= CONVERGED) {
                break;
            }
        }
        for (int f = 0; f < numFactors; f++) {
            Maths.softmax(logq[f], 0, out, outOffset + stateOffset[f], numStates[f]);
        }
    }

    private boolean anyEvidence(int[] obs) {
        for (int m : coupled) {
            if (obs[m] >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(int[] values, int v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
