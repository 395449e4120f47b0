package io.aifgym.agents.aif.control;

import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One agent's {@link EfeModel} compiled for the fast planner under fixed {@link EfeOptions}:
 * the policy-independent parts of the expected free energy, computed once and reused by every
 * policy and step.
 *
 * <ul>
 *   <li>each factor's transitions as one column-stacked matrix over all actions (row
 *       {@code u * Ns + s'}), dense or sparse, so one pass over the parent beliefs predicts the
 *       next state under every action;</li>
 *   <li>the novelty weights of each action slice of {@code pB} (log/digamma once per entry,
 *       not once per policy and step as pymdp does);</li>
 *   <li>each modality's likelihood stacked with its column entropies (ambiguity) and the
 *       novelty weights of {@code pA}, so one pass gives {@code qo}, the expected ambiguity and
 *       the {@code pA} novelty vector;</li>
 *   <li>the utility vector of each preference row (raw or log-softmax).</li>
 * </ul>
 *
 * <p>Immutable. {@link #update(EfeModel)} compiles a changed model reusing every unchanged part;
 * for a changed Dirichlet tensor only the changed entries and columns are re-weighted and only
 * the changed action slices get new arrays, which keeps online learning cheap (one action slice
 * of {@code pB} changes per step).
 */
public final class PlanningModel {

    private final EfeModel source;
    private final EfeOptions options;
    final int numFactors;
    final int numModalities;
    final int[] numStates;
    final int[] numControls;
    final int[] numObs;
    final int[][] aDeps;
    final int[][] bDeps;
    /** Π Ns over each modality's dependencies. */
    final int[] aCols;
    /** Π Ns over each factor's dependencies. */
    final int[] bCols;
    /** Per factor: rows {@code Nu * Ns} (row {@code u * Ns + s'}), columns {@code bCols}. */
    final ColumnMatrix[] transitions;
    /** Per factor and action: the masked pB novelty weights {@code (Ns, bCols)}, or null. */
    final ColumnMatrix[][] noveltyB;
    /** Per modality: rows {@code [A (No); ambiguity (1, if used); pA weights (No, if used)]}. */
    final ColumnMatrix[] observation;
    /** Row of the expected ambiguity in {@link #observation}, or -1. */
    final int[] ambiguityRow;
    /** First row of the pA novelty vector in {@link #observation}, or -1. */
    final int[] noveltyARow;
    /** {@code preferences[m][r]}: the utility vector of preference row r, or null when utility is off. */
    final double[][][] preferences;
    private final NoveltyState[][] stateB;
    private final NoveltyState[] stateA;
    private final double[][] ambiguity;

    private PlanningModel(EfeModel source, EfeOptions options, PlanningModel previous) {
        this.source = source;
        this.options = options;
        this.numStates = source.numStates();
        this.numControls = source.numControls();
        this.numObs = source.numObs();
        this.numFactors = numStates.length;
        this.numModalities = numObs.length;
        this.aDeps = source.aDependencies();
        this.bDeps = source.bDependencies();
        this.aCols = new int[numModalities];
        this.bCols = new int[numFactors];
        for (int m = 0; m < numModalities; m++) {
            aCols[m] = product(numStates, aDeps[m]);
        }
        for (int f = 0; f < numFactors; f++) {
            bCols[f] = product(numStates, bDeps[f]);
        }
        if (options.stateInfoGain() != StateInfoGainForm.PER_MODALITY && options.useStatesInfoGain()) {
            throw new IllegalArgumentException("options.stateInfoGain: expected PER_MODALITY for the fast planner, "
                    + "found " + options.stateInfoGain() + " (evaluate it with ExpectedFreeEnergy)");
        }
        boolean novelty = options.useParamInfoGain();
        if (novelty && source.pA() == null && source.pB() == null) {
            throw new IllegalArgumentException("useParamInfoGain: expected pA or pB in the model, found neither");
        }
        boolean reuse = previous != null && previous.options.equals(options)
                && Arrays.equals(previous.numStates, numStates) && Arrays.equals(previous.numControls, numControls)
                && Arrays.equals(previous.numObs, numObs) && Arrays.deepEquals(previous.aDeps, aDeps)
                && Arrays.deepEquals(previous.bDeps, bDeps);

        transitions = new ColumnMatrix[numFactors];
        noveltyB = new ColumnMatrix[numFactors][];
        stateB = new NoveltyState[numFactors][];
        for (int f = 0; f < numFactors; f++) {
            DoubleTensor bf = source.B().get(f);
            if (reuse && same(previous.source.B().get(f), bf)) {
                transitions[f] = previous.transitions[f];
            } else {
                transitions[f] = ColumnMatrix.of(byColumn(bf), numControls[f] * numStates[f], bCols[f]);
            }
            DoubleTensor pbf = novelty && source.pB() != null ? source.pB().get(f) : null;
            if (pbf != null) {
                int nu = numControls[f];
                NoveltyState[] old = reuse ? previous.stateB[f] : null;
                stateB[f] = new NoveltyState[nu];
                noveltyB[f] = new ColumnMatrix[nu];
                for (int u = 0; u < nu; u++) {
                    NoveltyState state = old == null ? NoveltyState.of(pbf, options.novelty(), u, nu)
                            : old[u].update(pbf);
                    stateB[f][u] = state;
                    noveltyB[f][u] = old != null && state.weights == old[u].weights ? previous.noveltyB[f][u]
                            : ColumnMatrix.of(state.weights, numStates[f], bCols[f], state.nonZeros);
                }
            }
        }

        observation = new ColumnMatrix[numModalities];
        ambiguityRow = new int[numModalities];
        noveltyARow = new int[numModalities];
        stateA = new NoveltyState[numModalities];
        ambiguity = new double[numModalities][];
        for (int m = 0; m < numModalities; m++) {
            DoubleTensor am = source.A().get(m);
            int no = numObs[m];
            boolean sameA = reuse && same(previous.source.A().get(m), am);
            if (options.useStatesInfoGain()) {
                if (sameA) {
                    ambiguity[m] = previous.ambiguity[m];
                } else {
                    ambiguity[m] = new double[aCols[m]];
                    Maths.columnEntropies(am.unsafeData(), no, ambiguity[m]);
                }
            }
            DoubleTensor pam = novelty && source.pA() != null ? source.pA().get(m) : null;
            NoveltyState old = reuse ? previous.stateA[m] : null;
            if (pam != null) {
                stateA[m] = old == null ? NoveltyState.of(pam, options.novelty(), 0, 1) : old.update(pam);
            }
            int rows = no;
            ambiguityRow[m] = options.useStatesInfoGain() ? rows++ : -1;
            noveltyARow[m] = pam != null ? rows : -1;
            rows += pam != null ? no : 0;
            boolean sameWeights = pam == null ? old == null : old != null && stateA[m].weights == old.weights;
            if (sameA && sameWeights) {
                observation[m] = previous.observation[m];
            } else {
                observation[m] = ColumnMatrix.of(stackObservation(am, ambiguity[m], stateA[m], rows, no, aCols[m]),
                        rows, aCols[m]);
            }
        }

        preferences = new double[numModalities][][];
        if (options.useUtility() && source.C() != null) {
            for (int m = 0; m < numModalities; m++) {
                DoubleTensor cm = source.C().get(m);
                if (reuse && previous.preferences[m] != null && previous.source.C() != null
                        && same(previous.source.C().get(m), cm)) {
                    preferences[m] = previous.preferences[m];
                    continue;
                }
                int rowsC = cm.rank() == 1 ? 1 : cm.dim(0);
                preferences[m] = new double[rowsC][];
                for (int r = 0; r < rowsC; r++) {
                    preferences[m][r] = ExpectedFreeEnergy.preferenceRow(cm, r, options.preferences());
                }
            }
        }
    }

    /**
     * Compiles a model.
     *
     * @param model the model
     * @param options the terms and forms (the state information gain must be
     *     {@link StateInfoGainForm#PER_MODALITY} when it is on)
     * @return the compiled model
     * @throws IllegalArgumentException if the options need what the model lacks, or use a legacy
     *     information-gain form
     */
    public static PlanningModel compile(EfeModel model, EfeOptions options) {
        return new PlanningModel(Objects.requireNonNull(model, "model"), Objects.requireNonNull(options, "options"),
                null);
    }

    /**
     * The compiled form of a changed model with the same options, reusing what did not change
     * (compared by identity, then by value; changed Dirichlet tensors are re-weighted entry by
     * entry).
     *
     * @param model the new model
     * @return its compiled form
     */
    public PlanningModel update(EfeModel model) {
        if (model == source) {
            return this;
        }
        return new PlanningModel(Objects.requireNonNull(model, "model"), options, this);
    }

    /** @return the model this was compiled from */
    public EfeModel source() {
        return source;
    }

    /** @return the options this was compiled for */
    public EfeOptions options() {
        return options;
    }

    /** @return the number of factors */
    public int numFactors() {
        return numFactors;
    }

    /** @return a copy of the number of states per factor */
    public int[] numStates() {
        return numStates.clone();
    }

    /** @return a copy of the number of actions per factor */
    public int[] numControls() {
        return numControls.clone();
    }

    boolean usesNoveltyB() {
        for (ColumnMatrix[] m : noveltyB) {
            if (m != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "PlanningModel[" + source + ", " + options + "]";
    }

    // ------------------------------------------------------------------ compilation helpers

    private static boolean same(DoubleTensor a, DoubleTensor b) {
        return a == b || (a != null && a.equals(b));
    }

    private static int product(int[] sizes, int[] indices) {
        int p = 1;
        for (int i : indices) {
            p *= sizes[i];
        }
        return p;
    }

    /** A row-major tensor as its columns over axis 0, one after another ({@code c * rows + i}). */
    static double[] byColumn(DoubleTensor t) {
        int rows = t.dim(0);
        int cols = t.size() / rows;
        double[] a = t.unsafeData();
        double[] out = new double[a.length];
        for (int i = 0; i < rows; i++) {
            int base = i * cols;
            for (int c = 0; c < cols; c++) {
                out[c * rows + i] = a[base + c];
            }
        }
        return out;
    }

    private static double[] stackObservation(DoubleTensor am, double[] ambiguity, NoveltyState weightsA, int rows,
            int no, int cols) {
        double[] a = am.unsafeData();
        double[] out = new double[rows * cols];
        for (int o = 0; o < no; o++) {
            int base = o * cols;
            for (int c = 0; c < cols; c++) {
                out[c * rows + o] = a[base + c];
            }
        }
        int row = no;
        if (ambiguity != null) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + row] = ambiguity[c];
            }
            row++;
        }
        if (weightsA != null) {
            double[] w = weightsA.weights;
            for (int c = 0; c < cols; c++) {
                System.arraycopy(w, c * no, out, c * rows + row, no);
            }
        }
        return out;
    }

    /** The utility vector of modality m at planning step t (rows past the last use the last), or null. */
    double[] preferenceAt(int m, int t) {
        double[][] rows = preferences[m];
        if (rows == null) {
            return null;
        }
        return rows[Math.min(t, rows.length - 1)];
    }

    /** The inductive penalty vectors for a planning episode from {@code qs0}, or null. */
    double[][] inductivePenalties(double[][] qs0) {
        List<DoubleTensor> ind = source.I();
        if (!options.useInductive() || ind == null) {
            return null;
        }
        double[][] out = new double[numFactors][];
        for (int f = 0; f < numFactors; f++) {
            out[f] = Inductive.penalty(ind.get(f), qs0[f], options.inductiveEpsilon());
        }
        return out;
    }
}
