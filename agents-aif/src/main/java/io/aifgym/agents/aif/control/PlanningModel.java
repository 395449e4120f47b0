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
 * <p>Immutable (whether a source tensor holds a NaN is looked up once, on first use).
 * {@link #update(EfeModel)} compiles a changed model reusing every unchanged part: for a changed
 * Dirichlet tensor only the changed entries and columns are re-weighted and only the changed
 * action slices get new arrays, and a few changed entries of {@code B} are written into a copy of
 * the stacked transitions, which keeps online learning cheap (one column of {@code B} and one
 * action slice of {@code pB} change per step). The result is the one {@link #compile} gives,
 * bit for bit.
 */
public final class PlanningModel {

    private static final byte NAN_FREE = 1;
    private static final byte HAS_NAN = 2;
    /**
     * A changed {@code B[f]} or {@code pB[f]} is updated entry by entry when at most
     * {@code 1/FEW} of its entries changed (online learning with confident beliefs changes one
     * column), and compiled whole otherwise.
     */
    private static final int FEW = 16;

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
    /**
     * Per factor, whether {@code B[f]} and {@code pB[f]} hold no NaN ({@link #NAN_FREE}), hold one
     * ({@link #HAS_NAN}), or are not yet known (0; looked up on first use): where they hold none,
     * {@link Maths#changes} finds their changes bit for bit.
     */
    private final byte[] nanB;
    private final byte[] nanPB;

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
        nanB = new byte[numFactors];
        nanPB = new byte[numFactors];
        for (int f = 0; f < numFactors; f++) {
            DoubleTensor bf = source.B().get(f);
            DoubleTensor before = reuse ? previous.source.B().get(f) : null;
            int[] changed = before == null ? null : changes(previous.nanB, f, before, bf, bf.size() / FEW);
            if (changed != null) {
                transitions[f] = changed.length == 0 ? previous.transitions[f]
                        : previous.transitions[f].withEntries(columnMajor(changed, bf), values(changed, bf));
                nanB[f] = before == bf || changed.length == 0 ? previous.nanB[f] : nanAfter(changed, bf);
            }
            if (transitions[f] == null) {
                transitions[f] = reuse && same(before, bf) ? previous.transitions[f]
                        : ColumnMatrix.of(byColumn(bf), numControls[f] * numStates[f], bCols[f]);
                nanB[f] = 0;
            }
            DoubleTensor pbf = novelty && source.pB() != null ? source.pB().get(f) : null;
            if (pbf != null) {
                int nu = numControls[f];
                NoveltyState[] old = reuse ? previous.stateB[f] : null;
                DoubleTensor alpha = old == null ? null : old[0].alpha;
                for (int u = 0; old != null && u < nu; u++) {
                    alpha = old[u].alpha == alpha ? alpha : null;
                }
                int[] changes = alpha == null ? null : changes(previous.nanPB, f, alpha, pbf, pbf.size() / FEW);
                nanPB[f] = changes == null ? 0 : alpha == pbf || changes.length == 0 ? previous.nanPB[f]
                        : nanAfter(changes, pbf);
                stateB[f] = new NoveltyState[nu];
                noveltyB[f] = new ColumnMatrix[nu];
                for (int u = 0; u < nu; u++) {
                    NoveltyState state = old == null ? NoveltyState.of(pbf, options.novelty(), u, nu)
                            : changes != null ? old[u].update(pbf, changes) : old[u].update(pbf);
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

    /**
     * Where {@code after} differs from {@code before} (a previous model's {@code B[f]} or
     * {@code pB[f]}, whose NaN state that model's {@code nan[f]} records), bit for bit: empty for
     * the same tensor; null when the shapes differ, more than {@code limit} entries changed, or
     * {@code before} holds a NaN (then the caller compiles that part whole).
     */
    private static int[] changes(byte[] nan, int f, DoubleTensor before, DoubleTensor after, int limit) {
        if (before == after) {
            return new int[0];
        }
        if (!Arrays.equals(before.shape(), after.shape())) {
            return null;
        }
        int[] changed = Maths.changes(before.unsafeData(), after.unsafeData(), limit);
        if (changed == null) {
            return null;
        }
        if (nan[f] == 0) {
            nan[f] = Maths.hasNaN(before.unsafeData()) ? HAS_NAN : NAN_FREE; // benign race: same value
        }
        return nan[f] == NAN_FREE ? changed : null;
    }

    /** The NaN state of a tensor that holds no NaN but at the changed entries. */
    private static byte nanAfter(int[] changed, DoubleTensor t) {
        double[] a = t.unsafeData();
        for (int i : changed) {
            if (Double.isNaN(a[i])) {
                return HAS_NAN;
            }
        }
        return NAN_FREE;
    }

    /** Where changed entries of {@code B[f]} sit in its column-stacked transitions ({@link #byColumn}). */
    private static int[] columnMajor(int[] changed, DoubleTensor bf) {
        int rows = bf.dim(0);
        int cols = bf.size() / rows;
        int[] out = new int[changed.length];
        for (int k = 0; k < changed.length; k++) {
            out[k] = changed[k] % cols * rows + changed[k] / cols;
        }
        return out;
    }

    private static double[] values(int[] changed, DoubleTensor t) {
        double[] a = t.unsafeData();
        double[] out = new double[changed.length];
        for (int k = 0; k < changed.length; k++) {
            out[k] = a[changed[k]];
        }
        return out;
    }

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
