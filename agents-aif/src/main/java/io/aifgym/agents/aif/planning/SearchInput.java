package io.aifgym.agents.aif.planning;

import io.aifgym.agents.aif.control.EfeOptions;
import io.aifgym.agents.aif.control.Policies;
import io.aifgym.agents.aif.inference.StateInference;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link PolicySearch} searches from: the agent's model and current beliefs, the terms
 * of the expected free energy, the precision, the state-inference iterations used for the
 * beliefs after each expected outcome, the joint actions, and (sophisticated inference) the
 * previous search's tree.
 *
 * <p>The searches follow the agent's options: the {@link EfeOptions} switch the terms of every
 * step (pymdp's SI and MCTS always use utility and state information gain, which is
 * {@link EfeOptions#DEFAULT}); a time-indexed {@code C} uses row {@code t} at planning step
 * {@code t} as policy enumeration does (pymdp's SI always uses row 0). The posterior after an
 * outcome is the one-step posterior of the agent's {@code fpi} (single factor: exact Bayes)
 * with {@code numIter} iterations.
 *
 * @param model the generative model
 * @param qs the current beliefs, one distribution per factor (copied)
 * @param options the expected free energy terms and forms
 * @param gamma the policy precision, finite and non-negative
 * @param numIter the fixed-point iterations of the belief updates in the tree, at least 1
 * @param inductive the inductive matrices per factor (spec 5.6) when inductive planning is on,
 *     or null
 * @param actions the joint actions, policies of length 1 over the model's factors (flat
 *     actions for a model with multi-action dependencies), or null for every combination
 *     ({@link #jointActions(GenerativeModel)})
 * @param previous the tree of the previous search (sophisticated inference with
 *     {@code reuseTree}), or null
 */
public record SearchInput(GenerativeModel model, double[][] qs, EfeOptions options, double gamma, int numIter,
        List<DoubleTensor> inductive, Policies actions, SearchTree previous) {

    /** Checks the beliefs, the actions and the numbers against the model; copies the beliefs. */
    public SearchInput {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(options, "options");
        qs = checkBeliefs(model, Objects.requireNonNull(qs, "qs"));
        if (!(gamma >= 0.0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma: expected a finite non-negative precision, found " + gamma);
        }
        if (numIter < 1) {
            throw new IllegalArgumentException("numIter: expected at least 1 iteration, found " + numIter);
        }
        if (inductive != null) {
            if (inductive.size() != model.numFactors()) {
                throw new IllegalArgumentException("inductive: expected one matrix per factor (" + model.numFactors()
                        + "), found " + inductive.size());
            }
            inductive = List.copyOf(inductive);
        }
        actions = actions == null ? jointActions(model) : checkActions(model, actions);
    }

    /**
     * The input with pymdp 1.0's defaults: utility and state information gain, gamma 1, 16
     * iterations, no inductive planning, every joint action, no previous tree.
     *
     * @param model the model
     * @param qs the current beliefs
     * @return the input
     */
    public static SearchInput of(GenerativeModel model, double[][] qs) {
        return new SearchInput(model, qs, EfeOptions.DEFAULT, 1.0, StateInference.DEFAULT_NUM_ITER, null, null, null);
    }

    /**
     * Every joint action of a model as policies of length 1: the combinations of each factor's
     * actions in pymdp's order (spec 5.1), encoded to flat actions for a model with
     * multi-action dependencies (spec 2.3).
     *
     * @param model the model
     * @return the joint actions
     */
    public static Policies jointActions(GenerativeModel model) {
        if (!model.hasMultiActions()) {
            return Policies.enumerate(model.numControls(), 1);
        }
        int[][][] multi = Policies.enumerate(model.controlSizes().orElseThrow(), 1).toArray();
        int[][][] flat = new int[multi.length][1][];
        for (int p = 0; p < multi.length; p++) {
            flat[p][0] = model.encodeActions(multi[p][0]);
        }
        return Policies.of(flat, model.numControls());
    }

    /** @return a copy of the beliefs */
    @Override
    public double[][] qs() {
        return copy(qs);
    }

    /**
     * @param terms the expected free energy terms and forms
     * @return the same input with those options
     */
    public SearchInput withOptions(EfeOptions terms) {
        return new SearchInput(model, qs, terms, gamma, numIter, inductive, actions, previous);
    }

    /**
     * @param precision the policy precision
     * @return the same input with that precision
     */
    public SearchInput withGamma(double precision) {
        return new SearchInput(model, qs, options, precision, numIter, inductive, actions, previous);
    }

    /**
     * @param iterations the belief-update iterations
     * @return the same input with that count
     */
    public SearchInput withNumIter(int iterations) {
        return new SearchInput(model, qs, options, gamma, iterations, inductive, actions, previous);
    }

    /**
     * @param matrices the inductive matrices per factor, or null
     * @return the same input with those matrices
     */
    public SearchInput withInductive(List<DoubleTensor> matrices) {
        return new SearchInput(model, qs, options, gamma, numIter, matrices, actions, previous);
    }

    /**
     * @param jointActions the joint actions, or null for all
     * @return the same input with those actions
     */
    public SearchInput withActions(Policies jointActions) {
        return new SearchInput(model, qs, options, gamma, numIter, inductive, jointActions, previous);
    }

    /**
     * @param tree the previous search's tree, or null
     * @return the same input with that tree
     */
    public SearchInput withPrevious(SearchTree tree) {
        return new SearchInput(model, qs, options, gamma, numIter, inductive, actions, tree);
    }

    private static double[][] checkBeliefs(GenerativeModel model, double[][] qs) {
        if (qs.length != model.numFactors()) {
            throw new IllegalArgumentException("qs: expected one distribution per factor (" + model.numFactors()
                    + "), found " + qs.length);
        }
        double[][] out = new double[qs.length][];
        for (int f = 0; f < qs.length; f++) {
            if (qs[f] == null || qs[f].length != model.numStates(f)) {
                throw new IllegalArgumentException("qs[" + f + "]: expected " + model.numStates(f)
                        + " probabilities, found " + (qs[f] == null ? "null" : qs[f].length));
            }
            for (int s = 0; s < qs[f].length; s++) {
                if (!(qs[f][s] >= 0.0) || Double.isInfinite(qs[f][s])) {
                    throw new IllegalArgumentException("qs[" + f + "][" + s + "]: expected a finite non-negative "
                            + "probability, found " + qs[f][s]);
                }
            }
            out[f] = qs[f].clone();
        }
        return out;
    }

    private static Policies checkActions(GenerativeModel model, Policies actions) {
        if (actions.length() != 1) {
            throw new IllegalArgumentException("actions: expected joint actions (policies of length 1), found length "
                    + actions.length());
        }
        if (actions.numFactors() != model.numFactors()) {
            throw new IllegalArgumentException("actions: expected one action per factor (" + model.numFactors()
                    + "), found " + actions.numFactors());
        }
        for (int f = 0; f < model.numFactors(); f++) {
            if (actions.numControls(f) > model.numControls(f)) {
                throw new IllegalArgumentException("actions: expected at most " + model.numControls(f)
                        + " actions for factor " + f + ", found " + actions.numControls(f));
            }
        }
        return actions;
    }

    static double[][] copy(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i].clone();
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SearchInput s && model.equals(s.model) && Arrays.deepEquals(qs, s.qs)
                && options.equals(s.options) && Double.compare(gamma, s.gamma) == 0 && numIter == s.numIter
                && Objects.equals(inductive, s.inductive) && actions.equals(s.actions)
                && Objects.equals(previous, s.previous);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, Arrays.deepHashCode(qs), options, gamma, numIter, inductive, actions);
    }

    @Override
    public String toString() {
        return "SearchInput[" + model + ", qs=" + Arrays.deepToString(qs) + ", " + options + ", gamma=" + gamma
                + ", numIter=" + numIter + ", inductive=" + (inductive != null) + ", " + actions.count()
                + " joint actions, previous=" + (previous != null) + "]";
    }
}
