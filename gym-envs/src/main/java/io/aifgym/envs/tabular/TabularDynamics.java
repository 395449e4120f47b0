package io.aifgym.envs.tabular;

import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.TabularModel;
import io.aifgym.gym.random.Key;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link TabularModel} compiled for sampling: the outcome lists of every state and action
 * in flat arrays, sampled by inverse CDF over the list in its order, as Gymnasium's
 * {@code categorical_sample} ({@code argmax(cumsum(p) > u)}) does. A single-outcome list is
 * taken without a draw. Immutable and thread-safe.
 */
public final class TabularDynamics {

    private final TabularModel model;
    private final int numActions;
    private final int[] start;
    private final double[] cumulative;
    private final double[] probability;
    private final int[] next;
    private final double[] reward;
    private final boolean[] terminated;
    private final double[] initialCumulative;
    private final int initialDeterministic;
    private final int initialLast;

    /**
     * Compiles a model.
     *
     * @param model the model
     */
    public TabularDynamics(TabularModel model) {
        this.model = Objects.requireNonNull(model, "model");
        int numStates = model.numStates();
        this.numActions = model.numActions();
        int total = 0;
        for (int s = 0; s < numStates; s++) {
            for (int a = 0; a < numActions; a++) {
                total += model.outcomes(s, a).size();
            }
        }
        this.start = new int[numStates * numActions + 1];
        this.cumulative = new double[total];
        this.probability = new double[total];
        this.next = new int[total];
        this.reward = new double[total];
        this.terminated = new boolean[total];
        int k = 0;
        for (int s = 0; s < numStates; s++) {
            for (int a = 0; a < numActions; a++) {
                start[s * numActions + a] = k;
                double running = 0;
                for (TabularModel.Outcome o : model.outcomes(s, a)) {
                    running += o.probability();
                    cumulative[k] = running;
                    probability[k] = o.probability();
                    next[k] = o.next();
                    reward[k] = o.reward();
                    terminated[k] = o.terminated();
                    k++;
                }
            }
        }
        start[numStates * numActions] = k;
        double[] initial = model.initial();
        this.initialCumulative = new double[numStates];
        double running = 0;
        int positive = 0;
        int last = -1;
        for (int s = 0; s < numStates; s++) {
            running += initial[s];
            initialCumulative[s] = running;
            if (initial[s] > 0) {
                positive++;
                last = s;
            }
        }
        this.initialDeterministic = positive == 1 ? last : -1;
        this.initialLast = last;
    }

    /** @return the model */
    public TabularModel model() {
        return model;
    }

    /**
     * Draws an initial state.
     *
     * @param key the key (not used when the start is certain)
     * @return the state index
     */
    public int sampleInitial(Key key) {
        if (initialDeterministic >= 0) {
            return initialDeterministic;
        }
        double u = key.uniform() * initialCumulative[initialCumulative.length - 1];
        for (int s = 0; s < initialLast; s++) {
            if (u < initialCumulative[s]) {
                return s;
            }
        }
        return initialLast;
    }

    /**
     * Draws the outcome of an action.
     *
     * @param key the key (not used when the action has one outcome)
     * @param state the state
     * @param action the action
     * @return the outcome's slot, for {@link #next}, {@link #reward}, {@link #terminated}, {@link #probability}
     */
    public int sampleOutcome(Key key, int state, int action) {
        int row = state * numActions + action;
        int from = start[row];
        int to = start[row + 1] - 1;
        if (from == to) {
            return from;
        }
        double u = key.uniform();
        for (int k = from; k < to; k++) {
            if (u < cumulative[k]) {
                return k;
            }
        }
        return to;
    }

    /**
     * The next state of an outcome.
     *
     * @param outcome an outcome slot
     * @return its next state
     */
    public int next(int outcome) {
        return next[outcome];
    }

    /**
     * The reward of an outcome.
     *
     * @param outcome an outcome slot
     * @return its reward
     */
    public double reward(int outcome) {
        return reward[outcome];
    }

    /**
     * Whether an outcome ends the episode.
     *
     * @param outcome an outcome slot
     * @return whether it ends the episode
     */
    public boolean terminated(int outcome) {
        return terminated[outcome];
    }

    /**
     * The probability of an outcome.
     *
     * @param outcome an outcome slot
     * @return its probability (Gymnasium's {@code info["prob"]})
     */
    public double probability(int outcome) {
        return probability[outcome];
    }

    /**
     * The outcome list of one state and action, as in the model.
     *
     * @param state the state
     * @param action the action
     * @return the outcomes
     */
    public List<TabularModel.Outcome> outcomes(int state, int action) {
        return model.outcomes(state, action);
    }

    /**
     * A reset of an env on these dynamics: a start state drawn with {@link #sampleInitial}.
     *
     * @param key the key
     * @return the start state as observation and state
     */
    public Reset<TabularState, Integer> reset(Key key) {
        int s = sampleInitial(key);
        return new Reset<>(s, TabularState.start(s));
    }

    /**
     * A step of an env on these dynamics: the outcome drawn with {@link #sampleOutcome}, the
     * next state as observation, metric {@code prob} the outcome's probability.
     *
     * @param key the key
     * @param state the current state
     * @param action the action, already checked against the action space
     * @return the step
     */
    public Step<TabularState, Integer> step(Key key, TabularState state, int action) {
        int o = sampleOutcome(key, state.position(), action);
        int next = next(o);
        return new Step<>(next, new TabularState(next, action), reward(o), terminated(o), false,
                Map.of("prob", probability(o)));
    }
}
