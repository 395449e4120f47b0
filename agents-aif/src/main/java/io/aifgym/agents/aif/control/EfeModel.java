package io.aifgym.agents.aif.control;

import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The parts of one agent's generative model that expected free energy reads, in pymdp's
 * layouts (spec 0.2), for one batch element:
 *
 * <ul>
 *   <li>{@code A.get(m)}: {@code (No[m], Ns[aDependencies[m][0]], ...)};</li>
 *   <li>{@code B.get(f)}: {@code (Ns[f], Ns[bDependencies[f][0]], ..., Nu[f])}, the last axis the action;</li>
 *   <li>{@code C.get(m)}: {@code (No[m])}, or {@code (T, No[m])} with row {@code t} used at planning step
 *       {@code t} (steps past the last row use the last row, as JAX indexing clamps);
 *       {@code C == null} means zero preferences;</li>
 *   <li>{@code pA}, {@code pB}: Dirichlet concentrations shaped like {@code A}, {@code B}, or
 *       {@code null} when absent (an element may be {@code null}: that modality or factor has none);</li>
 *   <li>{@code I.get(f)}: the inductive matrix {@code (depth, Ns[f])} of spec 5.6, or {@code I == null}.</li>
 * </ul>
 *
 * <p>Shapes are checked against the dependencies here; normalisation is the model's concern.
 *
 * @param A likelihoods per modality
 * @param B transitions per factor
 * @param aDependencies the factors each modality depends on
 * @param bDependencies the factors each factor's transition depends on (each contains the factor)
 * @param C preferences per modality, or null
 * @param pA Dirichlet concentrations of A, or null
 * @param pB Dirichlet concentrations of B, or null
 * @param I inductive matrices per factor, or null
 */
public record EfeModel(List<DoubleTensor> A, List<DoubleTensor> B, int[][] aDependencies, int[][] bDependencies,
        List<DoubleTensor> C, List<DoubleTensor> pA, List<DoubleTensor> pB, List<DoubleTensor> I) {

    /** Copies the lists and dependencies and checks every shape. */
    public EfeModel {
        A = List.copyOf(Objects.requireNonNull(A, "A"));
        B = List.copyOf(Objects.requireNonNull(B, "B"));
        aDependencies = deepCopy(Objects.requireNonNull(aDependencies, "aDependencies"));
        bDependencies = deepCopy(Objects.requireNonNull(bDependencies, "bDependencies"));
        C = C == null ? null : List.copyOf(C);
        pA = copyNullable(pA);
        pB = copyNullable(pB);
        I = I == null ? null : List.copyOf(I);
        check(A, B, aDependencies, bDependencies, C, pA, pB, I);
    }

    /**
     * The planning view of an agent's generative model: its A, B, C, dependencies, pA and pB
     * (without inductive matrices; add them with {@link #withInductive(List)} and
     * {@link Inductive#matrices(List, List, double, int)} from the model's goal vectors).
     *
     * @param model the generative model (B and pB with flattened actions)
     * @return the view
     */
    public static EfeModel of(GenerativeModel model) {
        List<DoubleTensor> pa = null;
        if (model.hasPA()) {
            pa = new ArrayList<>();
            for (int m = 0; m < model.numModalities(); m++) {
                pa.add(model.pA(m).orElse(null));
            }
        }
        List<DoubleTensor> pb = null;
        if (model.hasPB()) {
            pb = new ArrayList<>();
            for (int f = 0; f < model.numFactors(); f++) {
                pb.add(model.pB(f).orElse(null));
            }
        }
        return new EfeModel(model.A(), model.B(), model.aDependencies(), model.bDependencies(), model.C(), pa, pb,
                null);
    }

    /**
     * A model whose modalities depend on every factor and whose factors depend on themselves
     * (pymdp's default dependencies), without Dirichlet tensors or inductive matrices.
     *
     * @param A likelihoods, each {@code (No[m], Ns[0], ..., Ns[F-1])}
     * @param B transitions, each {@code (Ns[f], Ns[f], Nu[f])}
     * @param C preferences, or null
     * @return the model
     */
    public static EfeModel of(List<DoubleTensor> A, List<DoubleTensor> B, List<DoubleTensor> C) {
        return new EfeModel(A, B, fullDependencies(A.size(), B.size()), selfDependencies(B.size()), C, null, null,
                null);
    }

    /**
     * pymdp's default A dependencies: every modality on every factor.
     *
     * @param numModalities M
     * @param numFactors F
     * @return {@code [[0..F-1], ...]}
     */
    public static int[][] fullDependencies(int numModalities, int numFactors) {
        int[][] deps = new int[numModalities][numFactors];
        for (int[] d : deps) {
            Arrays.setAll(d, i -> i);
        }
        return deps;
    }

    /**
     * pymdp's default B dependencies: each factor on itself.
     *
     * @param numFactors F
     * @return {@code [[0], [1], ...]}
     */
    public static int[][] selfDependencies(int numFactors) {
        int[][] deps = new int[numFactors][];
        for (int f = 0; f < numFactors; f++) {
            deps[f] = new int[] {f};
        }
        return deps;
    }

    /**
     * The same model with other Dirichlet tensors.
     *
     * @param newPA the concentrations of A, or null
     * @param newPB the concentrations of B, or null
     * @return the new model
     */
    public EfeModel withDirichlet(List<DoubleTensor> newPA, List<DoubleTensor> newPB) {
        return new EfeModel(A, B, aDependencies, bDependencies, C, newPA, newPB, I);
    }

    /**
     * The same model with other inductive matrices.
     *
     * @param newI the matrices, or null
     * @return the new model
     */
    public EfeModel withInductive(List<DoubleTensor> newI) {
        return new EfeModel(A, B, aDependencies, bDependencies, C, pA, pB, newI);
    }

    /** @return a copy of the A dependencies */
    @Override
    public int[][] aDependencies() {
        return deepCopy(aDependencies);
    }

    /** @return a copy of the B dependencies */
    @Override
    public int[][] bDependencies() {
        return deepCopy(bDependencies);
    }

    /**
     * The factors one modality depends on.
     *
     * @param m the modality
     * @return a copy of its dependencies
     */
    public int[] aDependencies(int m) {
        return aDependencies[m].clone();
    }

    /**
     * The factors one factor's transition depends on.
     *
     * @param f the factor
     * @return a copy of its dependencies
     */
    public int[] bDependencies(int f) {
        return bDependencies[f].clone();
    }

    /** @return the number of modalities {@code M} */
    public int numModalities() {
        return A.size();
    }

    /** @return the number of factors {@code F} */
    public int numFactors() {
        return B.size();
    }

    /** @return {@code Ns}, the number of states of each factor */
    public int[] numStates() {
        int[] ns = new int[B.size()];
        for (int f = 0; f < ns.length; f++) {
            ns[f] = B.get(f).dim(0);
        }
        return ns;
    }

    /** @return {@code Nu}, the number of actions of each factor */
    public int[] numControls() {
        int[] nu = new int[B.size()];
        for (int f = 0; f < nu.length; f++) {
            nu[f] = B.get(f).dim(B.get(f).rank() - 1);
        }
        return nu;
    }

    /** @return {@code No}, the number of outcomes of each modality */
    public int[] numObs() {
        int[] no = new int[A.size()];
        for (int m = 0; m < no.length; m++) {
            no[m] = A.get(m).dim(0);
        }
        return no;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EfeModel e && A.equals(e.A) && B.equals(e.B)
                && Arrays.deepEquals(aDependencies, e.aDependencies) && Arrays.deepEquals(bDependencies, e.bDependencies)
                && Objects.equals(C, e.C) && Objects.equals(pA, e.pA) && Objects.equals(pB, e.pB)
                && Objects.equals(I, e.I);
    }

    @Override
    public int hashCode() {
        return Objects.hash(A, B, Arrays.deepHashCode(aDependencies), Arrays.deepHashCode(bDependencies), C, pA, pB, I);
    }

    @Override
    public String toString() {
        return "EfeModel[numObs=" + Arrays.toString(numObs()) + ", numStates=" + Arrays.toString(numStates())
                + ", numControls=" + Arrays.toString(numControls()) + ", aDependencies="
                + Arrays.deepToString(aDependencies) + ", bDependencies=" + Arrays.deepToString(bDependencies)
                + ", C=" + (C != null) + ", pA=" + (pA != null) + ", pB=" + (pB != null) + ", I=" + (I != null) + "]";
    }

    static int[][] deepCopy(int[][] a) {
        int[][] out = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = Objects.requireNonNull(a[i], "dependencies[" + i + "]").clone();
        }
        return out;
    }

    private static List<DoubleTensor> copyNullable(List<DoubleTensor> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    private static void check(List<DoubleTensor> a, List<DoubleTensor> b, int[][] aDeps, int[][] bDeps,
            List<DoubleTensor> c, List<DoubleTensor> pa, List<DoubleTensor> pb, List<DoubleTensor> ind) {
        int numFactors = b.size();
        int numModalities = a.size();
        if (numFactors == 0) {
            throw new IllegalArgumentException("B: expected at least one factor, found none");
        }
        if (aDeps.length != numModalities) {
            throw new IllegalArgumentException("aDependencies: expected one entry per modality (" + numModalities
                    + "), found " + aDeps.length);
        }
        if (bDeps.length != numFactors) {
            throw new IllegalArgumentException("bDependencies: expected one entry per factor (" + numFactors
                    + "), found " + bDeps.length);
        }
        if (pb != null && pb.size() != numFactors) {
            throw new IllegalArgumentException("pB: expected one entry per factor (" + numFactors + "), found "
                    + pb.size());
        }
        if (pa != null && pa.size() != numModalities) {
            throw new IllegalArgumentException("pA: expected one entry per modality (" + numModalities + "), found "
                    + pa.size());
        }
        if (c != null && c.size() != numModalities) {
            throw new IllegalArgumentException("C: expected one entry per modality (" + numModalities + "), found "
                    + c.size());
        }
        int[] ns = new int[numFactors];
        for (int f = 0; f < numFactors; f++) {
            DoubleTensor bf = Objects.requireNonNull(b.get(f), "B[" + f + "]");
            if (bf.rank() < 2) {
                throw new IllegalArgumentException("B[" + f + "]: expected rank at least 2, found shape "
                        + Arrays.toString(bf.shape()));
            }
            ns[f] = bf.dim(0);
        }
        for (int f = 0; f < numFactors; f++) {
            int[] deps = bDeps[f];
            boolean self = false;
            for (int d : deps) {
                if (d < 0 || d >= numFactors) {
                    throw new IllegalArgumentException("bDependencies[" + f + "]: expected factor indices in [0, "
                            + numFactors + "), found " + d);
                }
                self |= d == f;
            }
            if (!self) {
                throw new IllegalArgumentException("bDependencies[" + f + "]: expected to contain factor " + f
                        + " itself, found " + Arrays.toString(deps));
            }
            int[] expected = new int[deps.length + 2];
            expected[0] = ns[f];
            for (int j = 0; j < deps.length; j++) {
                expected[j + 1] = ns[deps[j]];
            }
            int[] shape = b.get(f).shape();
            expected[deps.length + 1] = shape[shape.length - 1];
            requireShape(expected, shape, "B[" + f + "]");
            if (pb != null && pb.get(f) != null) {
                requireShape(shape, pb.get(f).shape(), "pB[" + f + "]");
            }
        }
        for (int m = 0; m < numModalities; m++) {
            DoubleTensor am = Objects.requireNonNull(a.get(m), "A[" + m + "]");
            int[] deps = aDeps[m];
            int[] expected = new int[deps.length + 1];
            expected[0] = am.rank() == 0 ? -1 : am.dim(0);
            for (int j = 0; j < deps.length; j++) {
                if (deps[j] < 0 || deps[j] >= numFactors) {
                    throw new IllegalArgumentException("aDependencies[" + m + "]: expected factor indices in [0, "
                            + numFactors + "), found " + deps[j]);
                }
                expected[j + 1] = ns[deps[j]];
            }
            requireShape(expected, am.shape(), "A[" + m + "]");
            if (pa != null && pa.get(m) != null) {
                requireShape(am.shape(), pa.get(m).shape(), "pA[" + m + "]");
            }
            if (c != null) {
                DoubleTensor cm = Objects.requireNonNull(c.get(m), "C[" + m + "]");
                int no = am.dim(0);
                boolean ok = (cm.rank() == 1 && cm.dim(0) == no) || (cm.rank() == 2 && cm.dim(1) == no && cm.dim(0) > 0);
                if (!ok) {
                    throw new IllegalArgumentException("C[" + m + "]: expected shape [" + no + "] or [T, " + no
                            + "], found " + Arrays.toString(cm.shape()));
                }
            }
        }
        if (ind != null) {
            if (ind.size() != numFactors) {
                throw new IllegalArgumentException("I: expected one matrix per factor (" + numFactors + "), found "
                        + ind.size());
            }
            for (int f = 0; f < numFactors; f++) {
                DoubleTensor i = Objects.requireNonNull(ind.get(f), "I[" + f + "]");
                if (i.rank() != 2 || i.dim(1) != ns[f] || i.dim(0) < 1) {
                    throw new IllegalArgumentException("I[" + f + "]: expected shape [depth, " + ns[f] + "], found "
                            + Arrays.toString(i.shape()));
                }
            }
        }
    }

    private static void requireShape(int[] expected, int[] found, String name) {
        if (!Arrays.equals(expected, found)) {
            throw new IllegalArgumentException(name + ": expected shape " + Arrays.toString(expected)
                    + " (from the dependencies), found " + Arrays.toString(found));
        }
    }
}
