package io.aifgym.envs.pomdp;

import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;
import java.util.Objects;

/**
 * A generative process compiled for sampling, with pymdp's key structure (section 8.2 of the
 * spec, {@code PymdpEnv}):
 *
 * <ul>
 *   <li>initial state: factor {@code f} is drawn from {@code D[f]} with {@code key.child(f + 1)}
 *       ({@code split(key, F + 1)[f + 1]}); the first observation then uses {@code key.child(0)};</li>
 *   <li>transition: factor {@code f} is drawn from {@code B[f][:, state[depB[f]]..., action[f]]}
 *       with {@code key.child(0).child(f)};</li>
 *   <li>observation after a transition: modality {@code m} is drawn from
 *       {@code A[m][:, state[depA[m]]...]} with {@code key.child(1).child(m)}.</li>
 * </ul>
 *
 * <p>Deterministic columns (one outcome with probability one) are resolved without deriving a
 * key, so a deterministic process costs no random draws. Immutable and thread-safe.
 */
public final class ProcessKernel {

    private final GenerativeProcess process;
    private final int[] numStates;
    private final int[] numObs;
    private final int[] numControls;
    private final int[][] aDependencies;
    private final int[][] bDependencies;
    private final CategoricalTable[] likelihoods;
    private final CategoricalTable[] transitions;
    private final CategoricalTable[] initials;

    /**
     * Compiles a process.
     *
     * @param process the process
     * @throws IllegalArgumentException if a column of A or B, or a D, is not a distribution, or
     *     a B does not have the next-state axis of its factor first
     */
    public ProcessKernel(GenerativeProcess process) {
        this.process = Objects.requireNonNull(process, "process");
        this.numStates = process.numStates();
        this.numObs = process.numObs();
        this.numControls = process.numControls();
        this.aDependencies = process.aDependencies();
        this.bDependencies = process.bDependencies();
        int numFactors = numStates.length;
        this.likelihoods = new CategoricalTable[numObs.length];
        this.transitions = new CategoricalTable[numFactors];
        this.initials = new CategoricalTable[numFactors];
        for (int m = 0; m < numObs.length; m++) {
            DoubleTensor a = process.A().get(m);
            likelihoods[m] = CategoricalTable.ofColumns(a.unsafeData(), a.dim(0), "A[" + m + "]");
        }
        for (int f = 0; f < numFactors; f++) {
            DoubleTensor b = process.B().get(f);
            for (int j = 0; j < bDependencies[f].length; j++) {
                int d = bDependencies[f][j];
                if (d < 0 || d >= numFactors) {
                    throw new IllegalArgumentException("bDependencies[" + f + "]: expected factor indices in [0, "
                            + numFactors + "), found " + Arrays.toString(bDependencies[f]));
                }
                if (b.dim(j + 1) != numStates[d]) {
                    throw new IllegalArgumentException("B[" + f + "]: expected axis " + (j + 1) + " of size "
                            + numStates[d] + " (the states of factor " + d + ", which bDependencies[" + f
                            + "] names), found shape " + Arrays.toString(b.shape()));
                }
            }
            transitions[f] = CategoricalTable.ofColumns(b.unsafeData(), b.dim(0), "B[" + f + "]");
            DoubleTensor d = process.D().get(f);
            initials[f] = CategoricalTable.ofColumns(d.unsafeData(), d.dim(0), "D[" + f + "]");
        }
    }

    /** @return the process this kernel samples */
    public GenerativeProcess process() {
        return process;
    }

    /** @return the number of hidden-state factors */
    public int numFactors() {
        return numStates.length;
    }

    /** @return the number of observation modalities */
    public int numModalities() {
        return numObs.length;
    }

    /**
     * The compiled likelihood of one modality; column index = row-major index of the states of
     * its A dependencies.
     *
     * @param m the modality
     * @return its table
     */
    public CategoricalTable likelihood(int m) {
        return likelihoods[m];
    }

    /**
     * The compiled transition of one factor; column index = row-major index of
     * {@code (states of its B dependencies..., action)}.
     *
     * @param f the factor
     * @return its table
     */
    public CategoricalTable transition(int f) {
        return transitions[f];
    }

    /**
     * The compiled initial distribution of one factor (one column).
     *
     * @param f the factor
     * @return its table
     */
    public CategoricalTable initial(int f) {
        return initials[f];
    }

    /**
     * Draws an initial state: factor {@code f} from {@code D[f]} with {@code key.child(f + 1)}.
     *
     * @param key the reset key
     * @return one state index per factor
     */
    public int[] sampleInitial(Key key) {
        int[] state = new int[numStates.length];
        for (int f = 0; f < state.length; f++) {
            int s = initials[f].deterministic(0);
            state[f] = s >= 0 ? s : initials[f].sample(0, key.child(f + 1).uniform());
        }
        return state;
    }

    /**
     * Draws the next state: factor {@code f} from its B column with {@code parent.child(child).child(f)}.
     *
     * @param parent the step key
     * @param child which child of the step key holds the factor keys (0 in a step)
     * @param state the current state, one index per factor
     * @param action one action per factor
     * @return the next state
     */
    public int[] sampleNext(Key parent, int child, int[] state, int[] action) {
        int[] next = new int[numStates.length];
        Key stateKey = null;
        for (int f = 0; f < next.length; f++) {
            int column = transitionColumn(f, state, action[f]);
            int s = transitions[f].deterministic(column);
            if (s < 0) {
                if (stateKey == null) {
                    stateKey = parent.child(child);
                }
                s = transitions[f].sample(column, stateKey.child(f).uniform());
            }
            next[f] = s;
        }
        return next;
    }

    /**
     * Draws one observation per modality: modality {@code m} from its A column with
     * {@code parent.child(child).child(m)}, or with {@code parent.child(m)} when {@code child}
     * is negative (pymdp's reset from a given state samples with the reset key itself).
     *
     * @param parent the reset or step key
     * @param child which child of it holds the modality keys (0 after a reset, 1 in a step),
     *     or -1 for the parent itself
     * @param state the state, one index per factor
     * @return one outcome index per modality
     */
    public int[] sampleObservation(Key parent, int child, int[] state) {
        int[] obs = new int[numObs.length];
        Key obsKey = null;
        for (int m = 0; m < obs.length; m++) {
            int column = likelihoodColumn(m, state);
            int o = likelihoods[m].deterministic(column);
            if (o < 0) {
                if (obsKey == null) {
                    obsKey = child < 0 ? parent : parent.child(child);
                }
                o = likelihoods[m].sample(column, obsKey.child(m).uniform());
            }
            obs[m] = o;
        }
        return obs;
    }

    /**
     * The A column of modality {@code m} for a state.
     *
     * @param m the modality
     * @param state one index per factor
     * @return the row-major index of the states of its dependencies
     */
    public int likelihoodColumn(int m, int[] state) {
        int column = 0;
        for (int d : aDependencies[m]) {
            column = column * numStates[d] + state[d];
        }
        return column;
    }

    /**
     * The B column of factor {@code f} for a state and that factor's action.
     *
     * @param f the factor
     * @param state one index per factor
     * @param action the factor's action
     * @return the row-major index of {@code (states of its dependencies..., action)}
     */
    public int transitionColumn(int f, int[] state, int action) {
        int column = 0;
        for (int d : bDependencies[f]) {
            column = column * numStates[d] + state[d];
        }
        return column * numControls[f] + action;
    }
}
