package io.aifgym.gym.model;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The generative process of a pymdp-style env, with pymdp's layouts: what pymdp users read as
 * {@code env.A}, {@code env.B}, {@code env.D} to build an agent.
 *
 * <ul>
 *   <li>{@code A.get(m)}: shape {@code (numObs[m], numStates[aDependencies[m][0]], ...)},
 *       columns over axis 0 sum to one;</li>
 *   <li>{@code B.get(f)}: shape {@code (numStates[f], numStates[bDependencies[f][0]], ...,
 *       numControls[f])}: {@code B[s', s..., a] = P(s' | s..., a)};</li>
 *   <li>{@code D.get(f)}: the initial-state distribution of factor f.</li>
 * </ul>
 *
 * @param A likelihoods per modality
 * @param B transitions per factor
 * @param D initial-state distributions per factor
 * @param aDependencies for each modality, the factors its likelihood depends on
 * @param bDependencies for each factor, the factors its transition depends on
 * @param labels names of factors, modalities, states, observations and actions
 */
public record GenerativeProcess(List<DoubleTensor> A, List<DoubleTensor> B, List<DoubleTensor> D,
        int[][] aDependencies, int[][] bDependencies, Labels labels) {

    /** Copies the lists and checks that the shapes agree with the dependencies. */
    public GenerativeProcess {
        A = List.copyOf(A);
        B = List.copyOf(B);
        D = List.copyOf(D);
        aDependencies = deepCopy(aDependencies);
        bDependencies = deepCopy(bDependencies);
        Objects.requireNonNull(labels, "labels");
        if (aDependencies.length != A.size()) {
            throw new IllegalArgumentException("aDependencies: expected one entry per modality (" + A.size()
                    + "), found " + aDependencies.length);
        }
        if (bDependencies.length != B.size() || D.size() != B.size()) {
            throw new IllegalArgumentException("bDependencies and D: expected one entry per factor (" + B.size()
                    + "), found " + bDependencies.length + " and " + D.size());
        }
        for (int f = 0; f < D.size(); f++) {
            if (D.get(f).rank() != 1 || D.get(f).dim(0) != B.get(f).dim(0)) {
                throw new IllegalArgumentException("D[" + f + "]: expected shape [" + B.get(f).dim(0) + "] (the states "
                        + "of factor " + f + "), found " + Arrays.toString(D.get(f).shape()));
            }
        }
        for (int m = 0; m < A.size(); m++) {
            int[] shape = A.get(m).shape();
            if (shape.length != aDependencies[m].length + 1) {
                throw new IllegalArgumentException("A[" + m + "]: expected rank " + (aDependencies[m].length + 1)
                        + " for dependencies " + Arrays.toString(aDependencies[m]) + ", found shape "
                        + Arrays.toString(shape));
            }
            for (int j = 0; j < aDependencies[m].length; j++) {
                int f = aDependencies[m][j];
                if (f < 0 || f >= B.size()) {
                    throw new IllegalArgumentException("aDependencies[" + m + "]: expected factor indices in [0, "
                            + B.size() + "), found " + Arrays.toString(aDependencies[m]));
                }
                if (shape[j + 1] != B.get(f).dim(0)) {
                    throw new IllegalArgumentException("A[" + m + "]: expected axis " + (j + 1) + " of size "
                            + B.get(f).dim(0) + " (the states of factor " + f + ", which aDependencies[" + m
                            + "] names), found shape " + Arrays.toString(shape));
                }
            }
        }
        for (int f = 0; f < B.size(); f++) {
            int[] shape = B.get(f).shape();
            if (shape.length != bDependencies[f].length + 2) {
                throw new IllegalArgumentException("B[" + f + "]: expected rank " + (bDependencies[f].length + 2)
                        + " for dependencies " + Arrays.toString(bDependencies[f]) + ", found shape "
                        + Arrays.toString(shape));
            }
        }
    }

    private static int[][] deepCopy(int[][] a) {
        int[][] out = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** @return the number of hidden-state factors */
    public int numFactors() {
        return B.size();
    }

    /** @return the number of observation modalities */
    public int numModalities() {
        return A.size();
    }

    /** @return the number of states per factor */
    public int[] numStates() {
        return B.stream().mapToInt(b -> b.dim(0)).toArray();
    }

    /** @return the number of observations per modality */
    public int[] numObs() {
        return A.stream().mapToInt(a -> a.dim(0)).toArray();
    }

    /** @return the number of controls per factor (1 for an uncontrolled factor) */
    public int[] numControls() {
        return B.stream().mapToInt(b -> b.dim(b.rank() - 1)).toArray();
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
     * Names for a generative process, for reports and renderings; each list may be empty
     * where an env has no names.
     *
     * @param factors the names of the hidden-state factors
     * @param modalities the names of the observation modalities
     * @param states per factor, the names of its states
     * @param observations per modality, the names of its outcomes
     * @param actions per factor, the names of its controls
     */
    public record Labels(List<String> factors, List<String> modalities, List<List<String>> states,
            List<List<String>> observations, List<List<String>> actions) {

        /** No names. */
        public static final Labels NONE = new Labels(List.of(), List.of(), List.of(), List.of(), List.of());

        /** Copies the lists. */
        public Labels {
            factors = List.copyOf(factors);
            modalities = List.copyOf(modalities);
            states = states.stream().map(List::copyOf).toList();
            observations = observations.stream().map(List::copyOf).toList();
            actions = actions.stream().map(List::copyOf).toList();
        }
    }
}
