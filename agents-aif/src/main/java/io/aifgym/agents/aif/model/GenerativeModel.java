package io.aifgym.agents.aif.model;

import io.aifgym.agents.aif.maths.Dirichlet;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.model.GenerativeProcess.Labels;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The generative model of one active inference agent (pymdp's {@code A, B, C, D, E, pA, pB}
 * plus the legacy {@code pD}, dependencies and multi-action structure), validated once at
 * construction with pymdp's checks (spec 1.4), immutable.
 *
 * <p>Layouts (spec 0.2): {@code A[m]} is {@code (No[m], Ns[aDeps[m][0]], ...)};
 * {@code B[f]} is {@code (Ns[f], Ns[bDeps[f][0]], ..., Nu[f])} with the action last (after
 * multi-action flattening, spec 2.3); {@code C[m]} is {@code (No[m])} or time-indexed
 * {@code (L', No[m])}; {@code D[f]} is {@code (Ns[f])}; {@code E} is {@code (P)} or absent
 * (uniform); {@code pA}, {@code pB}, {@code pD} have the shapes of {@code A}, {@code B},
 * {@code D}, and may be absent per modality or factor.
 *
 * <p>Hot loops use the flat accessors ({@link #aData(int)}, {@link #bData(int, int)},
 * {@link #logAData(int)}, ...), which return the model's own arrays without copying: callers
 * must only read them. {@code bData(f, u)} is the contiguous action slice
 * {@code B[f][..., u]} of shape {@code (Ns[f], Ns[parents]...)}. Derived arrays ({@code ln⁺ A},
 * column entropies, novelty weights) are computed on first use and cached.
 *
 * <p>A learning step ({@link #withTransitionCounts}, {@link #withObservationCounts}) returns a
 * new model that is checked again only where its counts changed and shares everything else
 * (unchanged tensors, action slices and cached arrays) with the model it came from.
 *
 * <pre>{@code
 * GenerativeModel model = GenerativeModel.builder(List.of(A), List.of(B))
 *         .C(List.of(DoubleTensor.vector(1, -1)))
 *         .pB(List.of(pB))
 *         .build();                       // throws InvalidModelException listing every problem
 * GenerativeModel fromEnv = GenerativeModel.fromProcess(env.generativeProcess());
 * }</pre>
 */
public final class GenerativeModel {

    private final int[] numStates;
    private final int[] numObs;
    private final int[] numControls;
    private final int[][] aDependencies;
    private final int[][] bDependencies;
    private final int[][] bActionDependencies;
    private final int[] controlSizes;
    private final Labels labels;

    private final DoubleTensor[] a;
    private final DoubleTensor[] b;
    private final DoubleTensor[] c;
    private final DoubleTensor[] d;
    private final DoubleTensor e;
    private final DoubleTensor[] pA;
    private final DoubleTensor[] pB;
    private final DoubleTensor[] pD;
    private final DoubleTensor[] h;

    private final int[] parentSize;
    private final double[][][] bSlices;
    private final double[][][] pBSlices;

    private final AtomicReferenceArray<double[]> logACache;
    private final AtomicReferenceArray<double[]> aEntropyCache;
    private final AtomicReferenceArray<double[]> aNoveltyCache;
    private final AtomicReferenceArray<double[]>[] bNoveltyCache;
    private final AtomicReferenceArray<double[]>[] logBCache;

    /** Per modality: whether {@code A[m]} is exactly {@code E[pA[m]]}, as a learning step leaves it. */
    private final boolean[] aFromCounts;
    /** Per factor: whether {@code B[f]} is exactly {@code E[pB[f]]}, as a learning step leaves it. */
    private final boolean[] bFromCounts;

    @SuppressWarnings({"unchecked", "rawtypes"})
    private GenerativeModel(Builder s, int[] numStates) {
        int factors = s.B.size();
        int modalities = s.A.size();
        this.numStates = numStates;
        this.aDependencies = s.resolvedADependencies();
        this.bDependencies = s.resolvedBDependencies();
        this.bActionDependencies = s.bActionDependencies == null ? null : deepCopy(s.bActionDependencies);
        this.controlSizes = s.controlSizes == null ? null : s.controlSizes.clone();
        this.labels = s.labels;
        this.a = s.A.toArray(new DoubleTensor[0]);
        this.b = new DoubleTensor[factors];
        this.numControls = new int[factors];
        this.numObs = new int[modalities];
        for (int m = 0; m < modalities; m++) {
            numObs[m] = a[m].dim(0);
        }
        for (int f = 0; f < factors; f++) {
            b[f] = s.flattenActions(f, s.B.get(f));
            numControls[f] = b[f].dim(b[f].rank() - 1);
        }
        this.c = new DoubleTensor[modalities];
        for (int m = 0; m < modalities; m++) {
            c[m] = s.C != null ? s.C.get(m) : DoubleTensor.filled(1.0 / numObs[m], numObs[m]);
        }
        this.d = new DoubleTensor[factors];
        for (int f = 0; f < factors; f++) {
            d[f] = s.D != null ? s.D.get(f) : DoubleTensor.vector(Maths.uniform(numStates[f]));
        }
        this.e = s.E;
        this.pA = s.pA == null ? null : s.pA.toArray(new DoubleTensor[0]);
        this.pB = s.pB == null ? null : new DoubleTensor[factors];
        if (pB != null) {
            for (int f = 0; f < factors; f++) {
                pB[f] = s.pB.get(f) == null ? null : s.flattenActions(f, s.pB.get(f));
            }
        }
        this.pD = s.pD == null ? null : s.pD.toArray(new DoubleTensor[0]);
        this.h = s.H == null ? null : s.H.toArray(new DoubleTensor[0]);

        this.parentSize = new int[factors];
        this.bSlices = new double[factors][][];
        this.pBSlices = new double[factors][][];
        this.bNoveltyCache = new AtomicReferenceArray[factors];
        this.logBCache = new AtomicReferenceArray[factors];
        for (int f = 0; f < factors; f++) {
            int nu = numControls[f];
            parentSize[f] = b[f].size() / (numStates[f] * nu);
            bSlices[f] = actionSlices(b[f].unsafeData(), nu);
            pBSlices[f] = pB == null || pB[f] == null ? null : actionSlices(pB[f].unsafeData(), nu);
            bNoveltyCache[f] = new AtomicReferenceArray<>(nu);
            logBCache[f] = new AtomicReferenceArray<>(nu);
        }
        this.logACache = new AtomicReferenceArray<>(modalities);
        this.aEntropyCache = new AtomicReferenceArray<>(modalities);
        this.aNoveltyCache = new AtomicReferenceArray<>(modalities);
        this.aFromCounts = s.aFromCounts == null ? new boolean[modalities] : s.aFromCounts.clone();
        this.bFromCounts = s.bFromCounts == null ? new boolean[factors] : s.bFromCounts.clone();
    }

    /**
     * A learned copy of {@code base} with new {@code A}, {@code pA}, {@code B} and {@code pB}
     * arrays, sharing everything else. A modality not marked in {@code changedModalities} and a
     * factor whose {@code changedActions} entry is null hold the same values as in the base
     * (bit for bit) and keep its derived arrays and caches; a changed factor gets new action
     * slices (and empty caches) for the marked actions only.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private GenerativeModel(GenerativeModel base, DoubleTensor[] a, DoubleTensor[] pA, boolean[] aFromCounts,
            boolean[] changedModalities, DoubleTensor[] b, DoubleTensor[] pB, boolean[] bFromCounts,
            boolean[][] changedActions) {
        this.numStates = base.numStates;
        this.numObs = base.numObs;
        this.numControls = base.numControls;
        this.aDependencies = base.aDependencies;
        this.bDependencies = base.bDependencies;
        this.bActionDependencies = base.bActionDependencies;
        this.controlSizes = base.controlSizes;
        this.labels = base.labels;
        this.a = a;
        this.b = b;
        this.c = base.c;
        this.d = base.d;
        this.e = base.e;
        this.pA = pA;
        this.pB = pB;
        this.pD = base.pD;
        this.h = base.h;
        this.parentSize = base.parentSize;
        this.aFromCounts = aFromCounts;
        this.bFromCounts = bFromCounts;
        int factors = b.length;
        this.bSlices = base.bSlices.clone();
        this.pBSlices = base.pBSlices.clone();
        this.bNoveltyCache = base.bNoveltyCache.clone();
        this.logBCache = base.logBCache.clone();
        for (int f = 0; f < factors; f++) {
            boolean[] changed = changedActions == null ? null : changedActions[f];
            if (changed == null) {
                continue;
            }
            int nu = numControls[f];
            bSlices[f] = bSlices[f].clone();
            pBSlices[f] = pBSlices[f] == null ? null : pBSlices[f].clone();
            AtomicReferenceArray<double[]> novelty = new AtomicReferenceArray<>(nu);
            AtomicReferenceArray<double[]> logB = new AtomicReferenceArray<>(nu);
            for (int u = 0; u < nu; u++) {
                if (changed[u]) {
                    bSlices[f][u] = actionSlice(b[f].unsafeData(), nu, u);
                    if (pBSlices[f] != null) {
                        pBSlices[f][u] = actionSlice(pB[f].unsafeData(), nu, u);
                    }
                } else {
                    novelty.set(u, base.bNoveltyCache[f].get(u));
                    logB.set(u, base.logBCache[f].get(u));
                }
            }
            bNoveltyCache[f] = novelty;
            logBCache[f] = logB;
        }
        if (changedModalities == null) {
            this.logACache = base.logACache;
            this.aEntropyCache = base.aEntropyCache;
            this.aNoveltyCache = base.aNoveltyCache;
        } else {
            int modalities = a.length;
            this.logACache = new AtomicReferenceArray<>(modalities);
            this.aEntropyCache = new AtomicReferenceArray<>(modalities);
            this.aNoveltyCache = new AtomicReferenceArray<>(modalities);
            for (int m = 0; m < modalities; m++) {
                if (!changedModalities[m]) {
                    logACache.set(m, base.logACache.get(m));
                    aEntropyCache.set(m, base.aEntropyCache.get(m));
                    aNoveltyCache.set(m, base.aNoveltyCache.get(m));
                }
            }
        }
    }

    private static double[] actionSlice(double[] data, int nu, int u) {
        double[] out = new double[data.length / nu];
        for (int i = 0; i < out.length; i++) {
            out[i] = data[i * nu + u];
        }
        return out;
    }

    private static double[][] actionSlices(double[] data, int nu) {
        int sliceSize = data.length / nu;
        double[][] out = new double[nu][sliceSize];
        for (int i = 0; i < sliceSize; i++) {
            int base = i * nu;
            for (int u = 0; u < nu; u++) {
                out[u][i] = data[base + u];
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ construction

    /**
     * A builder for a model with the given likelihoods and transitions; every other part is
     * optional.
     *
     * @param A one likelihood tensor per modality
     * @param B one transition tensor per factor (with one action axis, or one per entry of
     *     {@link Builder#bActionDependencies} when set)
     * @return the builder
     */
    public static Builder builder(List<DoubleTensor> A, List<DoubleTensor> B) {
        return new Builder(A, B);
    }

    /**
     * The model of an env's generative process in one call: its {@code A}, {@code B},
     * {@code D}, dependencies and labels, with pymdp's defaults for the rest (uniform
     * {@code C}, no {@code E}, no Dirichlet priors). Change parts with {@link #toBuilder()}.
     *
     * @param process the process, e.g. {@code ((HasGenerativeProcess) env.unwrapped()).generativeProcess()}
     * @return the validated model
     * @throws InvalidModelException if the process fails pymdp's checks
     */
    public static GenerativeModel fromProcess(GenerativeProcess process) {
        return builderFrom(process).build();
    }

    /**
     * A builder preset with an env's generative process (A, B, D, dependencies, labels).
     *
     * @param process the process
     * @return the builder
     */
    public static Builder builderFrom(GenerativeProcess process) {
        Objects.requireNonNull(process, "process");
        return new Builder(process.A(), process.B())
                .aDependencies(process.aDependencies())
                .bDependencies(process.bDependencies())
                .D(process.D())
                .labels(process.labels());
    }

    /**
     * A builder holding this model's parts (with {@code B} and {@code pB} flattened), to build
     * a changed copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder s = new Builder(List.of(a), List.of(b))
                .aDependencies(aDependencies)
                .bDependencies(bDependencies)
                .C(List.of(c))
                .D(List.of(d))
                .E(e)
                .pA(pA == null ? null : Arrays.asList(pA))
                .pB(pB == null ? null : Arrays.asList(pB))
                .pD(pD == null ? null : Arrays.asList(pD))
                .H(h == null ? null : Arrays.asList(h))
                .labels(labels);
        if (bActionDependencies != null) {
            s.bActionDependencies(bActionDependencies, controlSizes);
        }
        return s;
    }

    /**
     * This model after a Dirichlet update of its likelihoods: {@code pA[m] = qA[m]} and
     * {@code A[m] = E[qA[m]]} ({@link Dirichlet#expectedValue}) for each modality with an entry,
     * the rest unchanged. The result equals, bit for bit, {@code toBuilder().pA(...).A(...).build()}
     * with those tensors, and fails with the same {@link InvalidModelException}; but when
     * {@code A[m]} is already {@code E[pA[m]]} (as after an earlier update), only the columns
     * whose counts changed are computed and checked again, and everything else is shared.
     *
     * @param qA the new concentrations per modality, shaped like {@code pA[m]}, or null entries
     *     for modalities left as they are
     * @return the new model
     * @throws InvalidModelException if the new tensors fail the model's checks
     */
    public GenerativeModel withObservationCounts(List<DoubleTensor> qA) {
        Objects.requireNonNull(qA, "qA");
        int modalities = numModalities();
        if (qA.size() != modalities) {
            throw new IllegalArgumentException("qA: expected one entry per modality (" + modalities + "), found "
                    + qA.size());
        }
        DoubleTensor[] newA = a.clone();
        DoubleTensor[] newPA = pA == null ? new DoubleTensor[modalities] : pA.clone();
        boolean[] fromCounts = aFromCounts.clone();
        boolean[] changed = new boolean[modalities];
        boolean incremental = pA != null;
        for (int m = 0; m < modalities; m++) {
            DoubleTensor q = qA.get(m);
            if (q == null) {
                continue;
            }
            newPA[m] = q;
            fromCounts[m] = true;
            int[] columns = incremental && aFromCounts[m] && pA[m] != null ? changedColumns(pA[m], q) : null;
            if (columns == null) {
                incremental = false;
                newA[m] = Dirichlet.expectedValue(q);
            } else if (columns.length > 0) {
                newA[m] = expectedColumns(a[m], q, columns);
                incremental &= checkLearnedColumns(q, newA[m], columns);
                changed[m] = true;
            }
        }
        if (!incremental) {
            Builder s = toBuilder().pA(Arrays.asList(newPA)).A(Arrays.asList(newA));
            s.aFromCounts = fromCounts;
            s.bFromCounts = bFromCounts;
            return s.build();
        }
        return new GenerativeModel(this, newA, newPA, fromCounts, changed, b, pB, bFromCounts, null);
    }

    /**
     * This model after a Dirichlet update of its transitions: {@code pB[f] = qB[f]} and
     * {@code B[f] = E[qB[f]]} ({@link Dirichlet#expectedValue}) for each factor with an entry,
     * the rest unchanged. The result equals, bit for bit, {@code toBuilder().pB(...).B(...).build()}
     * with those tensors, and fails with the same {@link InvalidModelException}; but when
     * {@code B[f]} is already {@code E[pB[f]]} (as after an earlier update), only the columns
     * whose counts changed are computed and checked again, and only the action slices holding
     * them are copied (online learning counts one action slice per step).
     *
     * @param qB the new concentrations per factor, shaped like {@code pB[f]} (actions
     *     flattened), or null entries for factors left as they are
     * @return the new model
     * @throws InvalidModelException if the new tensors fail the model's checks
     */
    public GenerativeModel withTransitionCounts(List<DoubleTensor> qB) {
        Objects.requireNonNull(qB, "qB");
        int factors = numFactors();
        if (qB.size() != factors) {
            throw new IllegalArgumentException("qB: expected one entry per factor (" + factors + "), found "
                    + qB.size());
        }
        DoubleTensor[] newB = b.clone();
        DoubleTensor[] newPB = pB == null ? new DoubleTensor[factors] : pB.clone();
        boolean[] fromCounts = bFromCounts.clone();
        boolean[][] changedActions = new boolean[factors][];
        boolean incremental = pB != null;
        for (int f = 0; f < factors; f++) {
            DoubleTensor q = qB.get(f);
            if (q == null) {
                continue;
            }
            newPB[f] = q;
            fromCounts[f] = true;
            int[] columns = incremental && bFromCounts[f] && pB[f] != null ? changedColumns(pB[f], q) : null;
            if (columns == null) {
                incremental = false;
                newB[f] = Dirichlet.expectedValue(q);
            } else if (columns.length > 0) {
                newB[f] = expectedColumns(b[f], q, columns);
                incremental &= checkLearnedColumns(q, newB[f], columns);
                int nu = numControls[f];
                changedActions[f] = new boolean[nu];
                for (int column : columns) {
                    changedActions[f][column % nu] = true;
                }
            }
        }
        if (!incremental) {
            Builder s = toBuilder().pB(Arrays.asList(newPB)).B(Arrays.asList(newB));
            s.aFromCounts = aFromCounts;
            s.bFromCounts = fromCounts;
            return s.build();
        }
        return new GenerativeModel(this, a, pA, aFromCounts, null, newB, newPB, fromCounts, changedActions);
    }

    /**
     * The columns (over axis 0) in which new concentrations differ from a model's (which hold no
     * NaN, so the comparison is bit for bit), or null when the shapes differ.
     */
    private static int[] changedColumns(DoubleTensor before, DoubleTensor after) {
        if (!Arrays.equals(before.shape(), after.shape()) || before.rank() == 0 || before.dim(0) == 0) {
            return null;
        }
        int rows = before.dim(0);
        int cols = before.size() / rows;
        int[] entries = Maths.changes(before.unsafeData(), after.unsafeData(), before.size());
        boolean[] seen = new boolean[cols];
        int[] columns = new int[entries.length];
        int n = 0;
        for (int i : entries) {
            int column = i % cols;
            if (!seen[column]) {
                seen[column] = true;
                columns[n++] = column;
            }
        }
        return Arrays.copyOf(columns, n);
    }

    /** {@code E[q]} from the old expected value {@code previous = E[old q]}, computing only the given columns. */
    private static DoubleTensor expectedColumns(DoubleTensor previous, DoubleTensor q, int[] columns) {
        double[] out = previous.data();
        Dirichlet.expectedValueColumns(q.unsafeData(), q.dim(0), columns, out);
        return DoubleTensor.wrap(out, previous.shape());
    }

    /**
     * Whether the given columns of new counts and their expected values pass the checks
     * {@link Builder#build()} makes (finite non-negative values, columns summing to 1), with the
     * same arithmetic; the other columns are those of a model that passed them.
     */
    private static boolean checkLearnedColumns(DoubleTensor q, DoubleTensor expected, int[] columns) {
        double[] counts = q.unsafeData();
        double[] values = expected.unsafeData();
        int rows = q.dim(0);
        int cols = counts.length / rows;
        for (int c : columns) {
            double sum = 0.0;
            for (int r = 0; r < rows; r++) {
                double count = counts[r * cols + c];
                double value = values[r * cols + c];
                if (!Double.isFinite(count) || count < 0.0 || !Double.isFinite(value) || value < 0.0) {
                    return false;
                }
                sum += value;
            }
            if (Problems.isClose(sum, 0.0) || !Problems.isClose(sum, 1.0)) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ dimensions

    /** @return the number of hidden-state factors {@code F} */
    public int numFactors() {
        return numStates.length;
    }

    /** @return the number of observation modalities {@code M} */
    public int numModalities() {
        return numObs.length;
    }

    /** @return a copy of {@code Ns}, the number of states per factor */
    public int[] numStates() {
        return numStates.clone();
    }

    /**
     * @param f a factor
     * @return {@code Ns[f]}
     */
    public int numStates(int f) {
        return numStates[f];
    }

    /** @return a copy of {@code No}, the number of outcomes per modality */
    public int[] numObs() {
        return numObs.clone();
    }

    /**
     * @param m a modality
     * @return {@code No[m]}
     */
    public int numObs(int m) {
        return numObs[m];
    }

    /** @return a copy of {@code Nu}, the number of (flattened) controls per factor */
    public int[] numControls() {
        return numControls.clone();
    }

    /**
     * @param f a factor
     * @return {@code Nu[f]} (1 for an uncontrolled factor)
     */
    public int numControls(int f) {
        return numControls[f];
    }

    /** @return a copy of the A dependencies: for each modality, the factors it depends on */
    public int[][] aDependencies() {
        return deepCopy(aDependencies);
    }

    /**
     * @param m a modality
     * @return a copy of the factors modality {@code m} depends on, in axis order
     */
    public int[] aDependencies(int m) {
        return aDependencies[m].clone();
    }

    /** @return a copy of the B dependencies: for each factor, the factors its transition depends on */
    public int[][] bDependencies() {
        return deepCopy(bDependencies);
    }

    /**
     * @param f a factor
     * @return a copy of the factors whose previous values factor {@code f}'s transition depends on
     */
    public int[] bDependencies(int f) {
        return bDependencies[f].clone();
    }

    /** @return whether {@code B} was given with several action axes (spec 2.3) */
    public boolean hasMultiActions() {
        return bActionDependencies != null;
    }

    /**
     * @return a copy of the action dependencies (for each factor, the control factors acting
     *     on it), or empty without multi-actions
     */
    public Optional<int[][]> bActionDependencies() {
        return bActionDependencies == null ? Optional.empty() : Optional.of(deepCopy(bActionDependencies));
    }

    /** @return a copy of the sizes of the control factors, or empty without multi-actions */
    public Optional<int[]> controlSizes() {
        return controlSizes == null ? Optional.empty() : Optional.of(controlSizes.clone());
    }

    /**
     * pymdp's {@code encode_multi_actions}: per-factor flat actions from control-factor
     * actions (the combination index, last control fastest; 0 for factors without action
     * dependencies). Without multi-actions the input is returned as a copy.
     *
     * @param controls one action per control factor
     * @return one flat action per state factor
     */
    public int[] encodeActions(int[] controls) {
        if (bActionDependencies == null) {
            return controls.clone();
        }
        if (controls.length != controlSizes.length) {
            throw new IllegalArgumentException("controls: expected " + controlSizes.length + " actions, found "
                    + controls.length);
        }
        int[] flat = new int[numFactors()];
        for (int f = 0; f < flat.length; f++) {
            int idx = 0;
            for (int cf : bActionDependencies[f]) {
                idx = idx * controlSizes[cf] + controls[cf];
            }
            flat[f] = idx;
        }
        return flat;
    }

    /**
     * pymdp's {@code decode_multi_actions}: control-factor actions from per-factor flat
     * actions (later factors overwrite earlier ones that share a control factor). Without
     * multi-actions the input is returned as a copy.
     *
     * @param flat one flat action per state factor
     * @return one action per control factor
     */
    public int[] decodeActions(int[] flat) {
        if (bActionDependencies == null) {
            return flat.clone();
        }
        if (flat.length != numFactors()) {
            throw new IllegalArgumentException("flat: expected " + numFactors() + " actions, found " + flat.length);
        }
        int[] controls = new int[controlSizes.length];
        for (int f = 0; f < flat.length; f++) {
            int idx = flat[f];
            int[] deps = bActionDependencies[f];
            for (int i = deps.length - 1; i >= 0; i--) {
                controls[deps[i]] = idx % controlSizes[deps[i]];
                idx /= controlSizes[deps[i]];
            }
        }
        return controls;
    }

    /** @return the labels (possibly {@link Labels#NONE}) */
    public Labels labels() {
        return labels;
    }

    // ------------------------------------------------------------------ tensors

    /** @return the likelihood tensors {@code A}, one per modality */
    public List<DoubleTensor> A() {
        return List.of(a);
    }

    /**
     * @param m a modality
     * @return {@code A[m]}
     */
    public DoubleTensor A(int m) {
        return a[m];
    }

    /** @return the transition tensors {@code B}, one per factor, action axis last (flattened) */
    public List<DoubleTensor> B() {
        return List.of(b);
    }

    /**
     * @param f a factor
     * @return {@code B[f]}, action axis last (flattened)
     */
    public DoubleTensor B(int f) {
        return b[f];
    }

    /** @return the preferences {@code C}, one per modality ({@code (No)} or {@code (L', No)}) */
    public List<DoubleTensor> C() {
        return List.of(c);
    }

    /**
     * @param m a modality
     * @return {@code C[m]}
     */
    public DoubleTensor C(int m) {
        return c[m];
    }

    /** @return the initial-state priors {@code D}, one per factor */
    public List<DoubleTensor> D() {
        return List.of(d);
    }

    /**
     * @param f a factor
     * @return {@code D[f]}
     */
    public DoubleTensor D(int f) {
        return d[f];
    }

    /** @return the policy prior {@code E}, or empty for uniform */
    public Optional<DoubleTensor> E() {
        return Optional.ofNullable(e);
    }

    /** @return whether any modality has a Dirichlet prior {@code pA} */
    public boolean hasPA() {
        return pA != null && Arrays.stream(pA).anyMatch(Objects::nonNull);
    }

    /**
     * @param m a modality
     * @return {@code pA[m]}, or empty where that modality has none
     */
    public Optional<DoubleTensor> pA(int m) {
        return pA == null ? Optional.empty() : Optional.ofNullable(pA[m]);
    }

    /** @return whether any factor has a Dirichlet prior {@code pB} */
    public boolean hasPB() {
        return pB != null && Arrays.stream(pB).anyMatch(Objects::nonNull);
    }

    /**
     * @param f a factor
     * @return {@code pB[f]} (action axis last, flattened), or empty where that factor has none
     */
    public Optional<DoubleTensor> pB(int f) {
        return pB == null ? Optional.empty() : Optional.ofNullable(pB[f]);
    }

    /** @return whether any factor has a Dirichlet prior {@code pD} (legacy) */
    public boolean hasPD() {
        return pD != null && Arrays.stream(pD).anyMatch(Objects::nonNull);
    }

    /**
     * @param f a factor
     * @return {@code pD[f]}, or empty where that factor has none
     */
    public Optional<DoubleTensor> pD(int f) {
        return pD == null ? Optional.empty() : Optional.ofNullable(pD[f]);
    }

    /**
     * @param f a factor
     * @return the inductive-planning goal vector {@code H[f]}, or empty
     */
    public Optional<DoubleTensor> H(int f) {
        return h == null ? Optional.empty() : Optional.ofNullable(h[f]);
    }

    /** @return whether goal vectors {@code H} were given */
    public boolean hasH() {
        return h != null;
    }

    // ------------------------------------------------------------------ fast read-only accessors

    /**
     * The backing array of {@code A[m]}; read only.
     *
     * @param m a modality
     * @return {@code A[m]} row-major
     */
    public double[] aData(int m) {
        return a[m].unsafeData();
    }

    /**
     * The contiguous action slice {@code B[f][..., u]}, shape {@code (Ns[f], parents...)},
     * row-major; read only.
     *
     * @param f a factor
     * @param u an action of that factor
     * @return the slice
     */
    public double[] bData(int f, int u) {
        return bSlices[f][u];
    }

    /**
     * The number of joint parent states of factor {@code f}'s transition: the product of
     * {@code Ns[d]} over {@code bDependencies(f)} (the column count of {@link #bData}).
     *
     * @param f a factor
     * @return the size of the parent axes
     */
    public int parentSize(int f) {
        return parentSize[f];
    }

    /**
     * The shape of one action slice of {@code B[f]}: {@code (Ns[f], Ns[parents]...)}.
     *
     * @param f a factor
     * @return a new array
     */
    public int[] bSliceShape(int f) {
        int[] shape = b[f].shape();
        return Arrays.copyOf(shape, shape.length - 1);
    }

    /**
     * The backing array of {@code C[m]}; read only.
     *
     * @param m a modality
     * @return {@code C[m]} row-major
     */
    public double[] cData(int m) {
        return c[m].unsafeData();
    }

    /**
     * The backing array of {@code D[f]}; read only.
     *
     * @param f a factor
     * @return {@code D[f]}
     */
    public double[] dData(int f) {
        return d[f].unsafeData();
    }

    /** @return the backing array of {@code E}, or {@code null} for uniform; read only */
    public double[] eData() {
        return e == null ? null : e.unsafeData();
    }

    /**
     * The backing array of {@code pA[m]}; read only.
     *
     * @param m a modality
     * @return {@code pA[m]}, or {@code null} where absent
     */
    public double[] pAData(int m) {
        return pA == null || pA[m] == null ? null : pA[m].unsafeData();
    }

    /**
     * The contiguous action slice {@code pB[f][..., u]}; read only.
     *
     * @param f a factor
     * @param u an action
     * @return the slice, or {@code null} where {@code pB[f]} is absent
     */
    public double[] pBData(int f, int u) {
        return pBSlices[f] == null ? null : pBSlices[f][u];
    }

    /**
     * {@code ln⁺ A[m]} ({@code ln max(A, 2.22e-16)}), cached; read only.
     *
     * @param m a modality
     * @return the clipped log-likelihood tensor, shape of {@code A[m]}
     */
    public double[] logAData(int m) {
        double[] v = logACache.get(m);
        if (v == null) {
            v = Maths.logStable(a[m].unsafeData());
            logACache.set(m, v);
        }
        return v;
    }

    /**
     * {@code ln⁺ B[f][..., u]}, cached; read only.
     *
     * @param f a factor
     * @param u an action
     * @return the clipped log transition slice
     */
    public double[] logBData(int f, int u) {
        double[] v = logBCache[f].get(u);
        if (v == null) {
            v = Maths.logStable(bSlices[f][u]);
            logBCache[f].set(u, v);
        }
        return v;
    }

    /**
     * The column entropies {@code H(A[m])[s...] = -Σ_o A ln⁺ A} (the ambiguity of the state
     * information gain), cached; read only.
     *
     * @param m a modality
     * @return one entry per parent-state combination
     */
    public double[] aEntropyData(int m) {
        double[] v = aEntropyCache.get(m);
        if (v == null) {
            v = new double[a[m].size() / numObs[m]];
            Maths.columnEntropies(a[m].unsafeData(), numObs[m], v);
            aEntropyCache.set(m, v);
        }
        return v;
    }

    /**
     * pymdp 1.0's exact novelty weights of {@code pA[m]}: {@code w(pA) ⊙ [pA > 0]}
     * ({@link Dirichlet#noveltyWeights}), positive, cached; read only.
     *
     * @param m a modality
     * @return the weights, shape of {@code A[m]}, or {@code null} where {@code pA[m]} is absent
     */
    public double[] aNoveltyData(int m) {
        if (pAData(m) == null) {
            return null;
        }
        double[] v = aNoveltyCache.get(m);
        if (v == null) {
            v = new double[a[m].size()];
            Dirichlet.noveltyWeights(pA[m].unsafeData(), numObs[m], true, v);
            aNoveltyCache.set(m, v);
        }
        return v;
    }

    /**
     * pymdp 1.0's exact novelty weights of the action slice {@code pB[f][..., u]}:
     * {@code w(pB[..., u]) ⊙ [pB[..., u] > 0]}, normalised over the next state, cached; read
     * only.
     *
     * @param f a factor
     * @param u an action
     * @return the weights, shape of {@link #bSliceShape}, or {@code null} where {@code pB[f]} is absent
     */
    public double[] bNoveltyData(int f, int u) {
        if (pBSlices[f] == null) {
            return null;
        }
        double[] v = bNoveltyCache[f].get(u);
        if (v == null) {
            v = new double[pBSlices[f][u].length];
            Dirichlet.noveltyWeights(pBSlices[f][u], numStates[f], true, v);
            bNoveltyCache[f].set(u, v);
        }
        return v;
    }

    // ------------------------------------------------------------------ object methods

    @Override
    public boolean equals(Object o) {
        return o instanceof GenerativeModel g
                && Arrays.equals(numStates, g.numStates)
                && Arrays.deepEquals(aDependencies, g.aDependencies)
                && Arrays.deepEquals(bDependencies, g.bDependencies)
                && Arrays.deepEquals(bActionDependencies, g.bActionDependencies)
                && Arrays.equals(controlSizes, g.controlSizes)
                && Arrays.equals(a, g.a) && Arrays.equals(b, g.b) && Arrays.equals(c, g.c)
                && Arrays.equals(d, g.d) && Objects.equals(e, g.e)
                && Arrays.equals(pA, g.pA) && Arrays.equals(pB, g.pB) && Arrays.equals(pD, g.pD)
                && Arrays.equals(h, g.h) && labels.equals(g.labels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(a), Arrays.hashCode(b), Arrays.hashCode(c), Arrays.hashCode(d), e,
                Arrays.hashCode(pA), Arrays.hashCode(pB));
    }

    @Override
    public String toString() {
        return "GenerativeModel[numStates=" + Arrays.toString(numStates) + ", numObs=" + Arrays.toString(numObs)
                + ", numControls=" + Arrays.toString(numControls) + ", aDependencies="
                + Arrays.deepToString(aDependencies) + ", bDependencies=" + Arrays.deepToString(bDependencies)
                + (hasPA() ? ", pA" : "") + (hasPB() ? ", pB" : "") + (hasPD() ? ", pD" : "") + "]";
    }

    static int[][] deepCopy(int[][] x) {
        if (x == null) {
            return null;
        }
        int[][] out = new int[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    // ------------------------------------------------------------------ builder

    /**
     * Collects the parts of a model; {@link #build()} validates them all at once. Optional
     * lists may contain {@code null} entries where one modality or factor has no such part
     * ({@code pA}, {@code pB}, {@code pD}); a {@code null} list means absent (or pymdp's
     * default: uniform {@code C} of {@code 1/No}, uniform {@code D}, uniform {@code E}, every
     * modality depending on every factor, every factor depending on itself).
     */
    public static final class Builder {

        private List<DoubleTensor> A;
        private List<DoubleTensor> B;
        private int[][] aDependencies;
        private int[][] bDependencies;
        private int[][] bActionDependencies;
        private int[] controlSizes;
        private List<DoubleTensor> C;
        private List<DoubleTensor> D;
        private DoubleTensor E;
        private List<DoubleTensor> pA;
        private List<DoubleTensor> pB;
        private List<DoubleTensor> pD;
        private List<DoubleTensor> H;
        private Labels labels = Labels.NONE;
        /** Which A and B tensors are the expected values of their counts (set by learning only). */
        private boolean[] aFromCounts;
        private boolean[] bFromCounts;

        private Builder(List<DoubleTensor> A, List<DoubleTensor> B) {
            this.A = copyNullable(Objects.requireNonNull(A, "A"));
            this.B = copyNullable(Objects.requireNonNull(B, "B"));
        }

        /**
         * @param A likelihood tensors per modality, replacing the current ones
         * @return this builder
         */
        public Builder A(List<DoubleTensor> A) {
            this.A = copyNullable(Objects.requireNonNull(A, "A"));
            return this;
        }

        /**
         * @param B transition tensors per factor, replacing the current ones
         * @return this builder
         */
        public Builder B(List<DoubleTensor> B) {
            this.B = copyNullable(Objects.requireNonNull(B, "B"));
            return this;
        }

        /**
         * @param deps for each modality, the factors it depends on ({@code null}: all factors)
         * @return this builder
         */
        public Builder aDependencies(int[][] deps) {
            this.aDependencies = deepCopy(deps);
            return this;
        }

        /**
         * @param deps for each factor, the factors its transition depends on, itself included
         *     ({@code null}: each factor only on itself)
         * @return this builder
         */
        public Builder bDependencies(int[][] deps) {
            this.bDependencies = deepCopy(deps);
            return this;
        }

        /**
         * Multi-action structure (spec 2.3): {@code B[f]} then has one action axis per entry of
         * {@code deps[f]} (none when empty), flattened at construction.
         *
         * @param deps for each factor, the control factors acting on it
         * @param controlSizes the number of actions of each control factor
         * @return this builder
         */
        public Builder bActionDependencies(int[][] deps, int[] controlSizes) {
            this.bActionDependencies = deepCopy(deps);
            this.controlSizes = controlSizes == null ? null : controlSizes.clone();
            return this;
        }

        /**
         * @param C preferences per modality, {@code (No)} or {@code (L', No)}; {@code null} for uniform
         * @return this builder
         */
        public Builder C(List<DoubleTensor> C) {
            this.C = copyNullable(C);
            return this;
        }

        /**
         * @param D initial-state priors per factor; {@code null} for uniform
         * @return this builder
         */
        public Builder D(List<DoubleTensor> D) {
            this.D = copyNullable(D);
            return this;
        }

        /**
         * @param E the policy prior {@code (P)}, not necessarily normalised; {@code null} for uniform
         * @return this builder
         */
        public Builder E(DoubleTensor E) {
            this.E = E;
            return this;
        }

        /**
         * @param pA Dirichlet concentrations per modality (entries may be {@code null}); {@code null} for none
         * @return this builder
         */
        public Builder pA(List<DoubleTensor> pA) {
            this.pA = copyNullable(pA);
            return this;
        }

        /**
         * @param pB Dirichlet concentrations per factor, shaped like {@code B} (entries may be
         *     {@code null}); {@code null} for none
         * @return this builder
         */
        public Builder pB(List<DoubleTensor> pB) {
            this.pB = copyNullable(pB);
            return this;
        }

        /**
         * @param pD legacy Dirichlet concentrations of {@code D} per factor (entries may be {@code null})
         * @return this builder
         */
        public Builder pD(List<DoubleTensor> pD) {
            this.pD = copyNullable(pD);
            return this;
        }

        /**
         * @param H inductive-planning goal vectors per factor {@code (Ns[f])}; {@code null} for none
         * @return this builder
         */
        public Builder H(List<DoubleTensor> H) {
            this.H = copyNullable(H);
            return this;
        }

        /**
         * @param labels names of factors, modalities, states, outcomes and actions
         * @return this builder
         */
        public Builder labels(Labels labels) {
            this.labels = Objects.requireNonNull(labels, "labels");
            return this;
        }

        /**
         * Validates and builds.
         *
         * @return the model
         * @throws InvalidModelException listing every problem found
         */
        public GenerativeModel build() {
            Problems problems = new Problems("");
            int[] ns = validate(problems);
            if (!problems.isEmpty()) {
                throw new InvalidModelException(problems.list());
            }
            return new GenerativeModel(this, ns);
        }

        /**
         * Validates without building.
         *
         * @return every problem found (empty if the model is valid)
         */
        public List<String> problems() {
            Problems problems = new Problems("");
            validate(problems);
            return problems.list();
        }

        /** Builds after the caller has validated (used by {@link ModelBatch}). */
        GenerativeModel buildValidated(int[] numStates) {
            return new GenerativeModel(this, numStates);
        }

        List<DoubleTensor> a() {
            return A;
        }

        List<DoubleTensor> b() {
            return B;
        }

        private static List<DoubleTensor> copyNullable(List<DoubleTensor> list) {
            return list == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(list));
        }

        int[][] resolvedADependencies() {
            if (aDependencies != null) {
                return deepCopy(aDependencies);
            }
            int[][] deps = new int[A.size()][B.size()];
            for (int[] dep : deps) {
                for (int f = 0; f < dep.length; f++) {
                    dep[f] = f;
                }
            }
            return deps;
        }

        int[][] resolvedBDependencies() {
            if (bDependencies != null) {
                return deepCopy(bDependencies);
            }
            int[][] deps = new int[B.size()][];
            for (int f = 0; f < deps.length; f++) {
                deps[f] = new int[] {f};
            }
            return deps;
        }

        /** The number of trailing action axes of B[f] in the caller's form. */
        private int actionAxes(int f) {
            return bActionDependencies == null ? 1 : bActionDependencies[f].length;
        }

        /** B[f] or pB[f] with its action axes merged into one (spec 2.3); a no-op without multi-actions. */
        DoubleTensor flattenActions(int f, DoubleTensor t) {
            if (bActionDependencies == null) {
                return t;
            }
            int flatRank = resolvedBDependencies()[f].length + 2;
            int product = 1;
            for (int cf : bActionDependencies[f]) {
                product *= controlSizes[cf];
            }
            int[] shape = t.shape();
            if (shape.length == flatRank && shape[flatRank - 1] == product) {
                return t; // already one action axis
            }
            int[] flat = Arrays.copyOf(shape, flatRank);
            flat[flatRank - 1] = product;
            return t.reshape(flat);
        }

        /** Checks everything; returns the derived numbers of states (entries -1 when not derivable). */
        int[] validate(Problems p) {
            int factors = B.size();
            int modalities = A.size();
            if (factors == 0) {
                p.add("B: expected at least one transition tensor, found none");
            }
            if (modalities == 0) {
                p.add("A: expected at least one likelihood tensor, found none");
            }
            for (int m = 0; m < modalities; m++) {
                if (A.get(m) == null) {
                    p.add("A[" + m + "]: expected a tensor, found null");
                }
            }
            for (int f = 0; f < factors; f++) {
                if (B.get(f) == null) {
                    p.add("B[" + f + "]: expected a tensor, found null");
                }
            }
            if (!p.isEmpty()) {
                return new int[factors];
            }
            int[][] aDeps = resolvedADependencies();
            int[][] bDeps = resolvedBDependencies();
            boolean aDepsOk = checkDependencies(p, "A_dependencies", aDeps, modalities, factors);
            boolean bDepsOk = checkDependencies(p, "B_dependencies", bDeps, factors, factors);
            boolean actionsOk = checkActionDependencies(p, factors);

            // numbers of states from B (spec 1.2)
            int[] ns = new int[factors];
            Arrays.fill(ns, -1);
            if (bDepsOk) {
                for (int f = 0; f < factors; f++) {
                    int j = indexOf(bDeps[f], f);
                    int[] shape = B.get(f).shape();
                    if (j < 0) {
                        p.add("B_dependencies[" + f + "]: expected to contain factor " + f
                                + " itself (num_states cannot be inferred otherwise), found "
                                + Arrays.toString(bDeps[f]));
                    } else if (shape.length > 1 + j) {
                        ns[f] = shape[1 + j];
                    } else {
                        p.add("B[" + f + "]: expected rank " + (bDeps[f].length + 2)
                                + " (next state, the states of B_dependencies[" + f + "] = " + Arrays.toString(bDeps[f])
                                + ", actions), found shape " + Arrays.toString(shape));
                    }
                }
            }
            // B shapes and values
            boolean[] bShapeOk = new boolean[factors];
            for (int f = 0; f < factors; f++) {
                DoubleTensor t = B.get(f);
                if (!bDepsOk || !actionsOk || ns[f] < 0) {
                    continue;
                }
                int[] expected = expectedBShape(f, bDeps, ns);
                if (expected == null) {
                    continue;
                }
                bShapeOk[f] = p.checkShape("B[" + f + "]", expected, t, " for B_dependencies[" + f + "] = "
                        + Arrays.toString(bDeps[f]) + actionClause(f));
                if (bShapeOk[f] && p.checkValues("B[" + f + "]", t, true, "probability")) {
                    p.checkColumnsNormalised("B[" + f + "]", t);
                }
            }
            boolean allNs = Arrays.stream(ns).allMatch(n -> n >= 0);
            // A shapes and values
            for (int m = 0; m < modalities; m++) {
                DoubleTensor t = A.get(m);
                if (!aDepsOk || !allNs) {
                    continue;
                }
                int[] expected = expectedAShape(t.rank() > 0 ? t.dim(0) : 0, aDeps[m], ns);
                if (t.rank() == 0) {
                    p.add("A[" + m + "]: expected shape [No, " + shapeOf(aDeps[m], ns) + "] for A_dependencies["
                            + m + "] = " + Arrays.toString(aDeps[m]) + ", found a scalar");
                    continue;
                }
                if (p.checkShape("A[" + m + "]", expected, t, " for A_dependencies[" + m + "] = "
                        + Arrays.toString(aDeps[m]))
                        && p.checkValues("A[" + m + "]", t, true, "probability")) {
                    p.checkColumnsNormalised("A[" + m + "]", t);
                }
            }
            // optional parts
            checkOptionalList(p, "pA", pA, modalities, "modality");
            if (pA != null && pA.size() == modalities) {
                for (int m = 0; m < modalities; m++) {
                    DoubleTensor t = pA.get(m);
                    if (t != null && p.checkShape("pA[" + m + "]", A.get(m).shape(), t, " (the shape of A[" + m + "])")) {
                        p.checkValues("pA[" + m + "]", t, true, "concentration");
                    }
                }
            }
            checkOptionalList(p, "pB", pB, factors, "factor");
            if (pB != null && pB.size() == factors) {
                for (int f = 0; f < factors; f++) {
                    DoubleTensor t = pB.get(f);
                    if (t != null && bShapeOk[f] && p.checkShape("pB[" + f + "]", B.get(f).shape(),
                            t.size() == B.get(f).size() && t.rank() != B.get(f).rank()
                                    ? flattenActions(f, t).reshape(B.get(f).shape()) : t,
                            " (the shape of B[" + f + "])")) {
                        p.checkValues("pB[" + f + "]", t, true, "concentration");
                    }
                }
            }
            checkOptionalList(p, "C", C, modalities, "modality");
            if (C != null && C.size() == modalities) {
                for (int m = 0; m < modalities; m++) {
                    DoubleTensor t = C.get(m);
                    if (t == null) {
                        p.add("C[" + m + "]: expected a tensor, found null");
                        continue;
                    }
                    int no = A.get(m).rank() > 0 ? A.get(m).dim(0) : -1;
                    boolean ok = (t.rank() == 1 && t.dim(0) == no) || (t.rank() == 2 && t.dim(1) == no && t.dim(0) > 0);
                    if (!ok) {
                        p.add("C[" + m + "]: expected shape [" + no + "] or [L, " + no + "], found "
                                + Arrays.toString(t.shape()));
                    } else {
                        p.checkValues("C[" + m + "]", t, false, "preference");
                    }
                }
            }
            checkVectorsPerFactor(p, "D", D, ns, "probability");
            checkOptionalList(p, "pD", pD, factors, "factor");
            if (pD != null && pD.size() == factors) {
                for (int f = 0; f < factors; f++) {
                    if (pD.get(f) != null && ns[f] >= 0
                            && p.checkShape("pD[" + f + "]", new int[] {ns[f]}, pD.get(f), "")) {
                        p.checkValues("pD[" + f + "]", pD.get(f), true, "concentration");
                    }
                }
            }
            checkVectorsPerFactor(p, "H", H, ns, "goal indicator");
            if (E != null) {
                if (E.rank() != 1 || E.dim(0) == 0) {
                    p.add("E: expected shape [P] (one entry per policy), found " + Arrays.toString(E.shape()));
                } else {
                    p.checkValues("E", E, true, "prior weight");
                }
            }
            return ns;
        }

        private void checkVectorsPerFactor(Problems p, String name, List<DoubleTensor> list, int[] ns, String what) {
            checkOptionalList(p, name, list, ns.length, "factor");
            if (list == null || list.size() != ns.length) {
                return;
            }
            for (int f = 0; f < ns.length; f++) {
                DoubleTensor t = list.get(f);
                if (t == null) {
                    p.add(name + "[" + f + "]: expected a tensor, found null");
                } else if (ns[f] >= 0 && p.checkShape(name + "[" + f + "]", new int[] {ns[f]}, t,
                        " (num_states[" + f + "])")) {
                    p.checkValues(name + "[" + f + "]", t, true, what);
                }
            }
        }

        private static void checkOptionalList(Problems p, String name, List<DoubleTensor> list, int n, String per) {
            if (list != null && list.size() != n) {
                p.add(name + ": expected one entry per " + per + " (" + n + "), found " + list.size());
            }
        }

        private String actionClause(int f) {
            return bActionDependencies == null ? ""
                    : " and B_action_dependencies[" + f + "] = " + Arrays.toString(bActionDependencies[f]);
        }

        private int[] expectedBShape(int f, int[][] bDeps, int[] ns) {
            int[] deps = bDeps[f];
            int axes = actionAxes(f);
            DoubleTensor t = B.get(f);
            int[] expected = new int[1 + deps.length + axes];
            expected[0] = ns[f];
            for (int j = 0; j < deps.length; j++) {
                if (ns[deps[j]] < 0) {
                    return null;
                }
                expected[1 + j] = ns[deps[j]];
            }
            if (bActionDependencies == null) {
                expected[1 + deps.length] = t.rank() == expected.length ? t.dim(t.rank() - 1) : -1;
                if (expected[1 + deps.length] == -1) {
                    expected[1 + deps.length] = t.rank() > 0 ? t.dim(t.rank() - 1) : 1;
                }
            } else {
                for (int i = 0; i < axes; i++) {
                    expected[1 + deps.length + i] = controlSizes[bActionDependencies[f][i]];
                }
                // the flattened form (one action axis) is accepted too
                int product = 1;
                for (int cf : bActionDependencies[f]) {
                    product *= controlSizes[cf];
                }
                int[] flat = Arrays.copyOf(expected, 2 + deps.length);
                flat[1 + deps.length] = product;
                if (Arrays.equals(flat, t.shape())) {
                    return flat;
                }
            }
            return expected;
        }

        private static int[] expectedAShape(int no, int[] deps, int[] ns) {
            int[] expected = new int[1 + deps.length];
            expected[0] = no;
            for (int j = 0; j < deps.length; j++) {
                expected[1 + j] = ns[deps[j]];
            }
            return expected;
        }

        private static String shapeOf(int[] deps, int[] ns) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < deps.length; j++) {
                sb.append(j == 0 ? "" : ", ").append(ns[deps[j]]);
            }
            return sb.toString();
        }

        private static boolean checkDependencies(Problems p, String name, int[][] deps, int n, int factors) {
            if (deps.length != n) {
                p.add(name + ": expected one entry per " + (name.startsWith("A") ? "modality" : "factor") + " (" + n
                        + "), found " + deps.length);
                return false;
            }
            boolean ok = true;
            for (int i = 0; i < deps.length; i++) {
                if (deps[i] == null) {
                    p.add(name + "[" + i + "]: expected a list of factor indices, found null");
                    ok = false;
                    continue;
                }
                boolean[] seen = new boolean[Math.max(factors, 1)];
                for (int j = 0; j < deps[i].length; j++) {
                    int f = deps[i][j];
                    if (f < 0 || f >= factors) {
                        p.add(name + "[" + i + "][" + j + "]: expected a factor index in [0, " + factors + "), found " + f);
                        ok = false;
                    } else if (seen[f]) {
                        p.add(name + "[" + i + "][" + j + "]: expected distinct factors, found " + f + " twice in "
                                + Arrays.toString(deps[i]));
                        ok = false;
                    } else {
                        seen[f] = true;
                    }
                }
            }
            return ok;
        }

        private boolean checkActionDependencies(Problems p, int factors) {
            if (bActionDependencies == null && controlSizes == null) {
                return true;
            }
            if (bActionDependencies == null || controlSizes == null) {
                p.add("B_action_dependencies: expected both the action dependencies and num_controls (the control "
                        + "factor sizes), found only " + (bActionDependencies == null ? "num_controls" : "the dependencies"));
                return false;
            }
            boolean ok = true;
            for (int c = 0; c < controlSizes.length; c++) {
                if (controlSizes[c] < 1) {
                    p.add("num_controls[" + c + "]: expected a positive number of actions, found " + controlSizes[c]);
                    ok = false;
                }
            }
            if (bActionDependencies.length != factors) {
                p.add("B_action_dependencies: expected one entry per factor (" + factors + "), found "
                        + bActionDependencies.length);
                return false;
            }
            for (int f = 0; f < factors; f++) {
                for (int j = 0; j < bActionDependencies[f].length; j++) {
                    int c = bActionDependencies[f][j];
                    if (c < 0 || c >= controlSizes.length) {
                        p.add("B_action_dependencies[" + f + "][" + j + "]: expected a control factor index in [0, "
                                + controlSizes.length + "), found " + c);
                        ok = false;
                    }
                }
            }
            return ok;
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
}
