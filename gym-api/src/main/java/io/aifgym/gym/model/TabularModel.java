package io.aifgym.gym.model;

import java.util.List;

/**
 * The known model of a finite MDP, as Gymnasium's {@code env.P}: for every state and action
 * the list of outcomes {@code (probability, next state, reward, terminated)}, plus the
 * initial-state distribution. Value iteration plans on it.
 *
 * @param numStates the number of states
 * @param numActions the number of actions
 * @param transitions {@code transitions.get(s).get(a)} lists the outcomes of action a in s
 * @param initial the initial-state distribution, length {@code numStates}
 */
public record TabularModel(int numStates, int numActions, List<List<List<Outcome>>> transitions,
        double[] initial) {

    /** Copies and validates the model: sizes and that each outcome list sums to one. */
    public TabularModel {
        transitions = transitions.stream().map(perState -> perState.stream().map(List::copyOf).toList()).toList();
        initial = initial.clone();
        if (transitions.size() != numStates) {
            throw new IllegalArgumentException("transitions: expected " + numStates + " states, found "
                    + transitions.size());
        }
        if (initial.length != numStates) {
            throw new IllegalArgumentException("initial: expected " + numStates + " probabilities, found "
                    + initial.length);
        }
        for (int s = 0; s < numStates; s++) {
            if (transitions.get(s).size() != numActions) {
                throw new IllegalArgumentException("transitions[" + s + "]: expected " + numActions
                        + " actions, found " + transitions.get(s).size());
            }
            for (int a = 0; a < numActions; a++) {
                double total = 0;
                for (Outcome o : transitions.get(s).get(a)) {
                    if (o.next() < 0 || o.next() >= numStates) {
                        throw new IllegalArgumentException("transitions[" + s + "][" + a + "]: next state "
                                + o.next() + " outside [0, " + numStates + ")");
                    }
                    total += o.probability();
                }
                if (Math.abs(total - 1.0) > 1e-9) {
                    throw new IllegalArgumentException("transitions[" + s + "][" + a
                            + "]: expected probabilities summing to 1, found " + total);
                }
            }
        }
    }

    /** @return a copy of the initial distribution */
    @Override
    public double[] initial() {
        return initial.clone();
    }

    /**
     * The outcomes of one action.
     *
     * @param state the state
     * @param action the action
     * @return its outcomes
     */
    public List<Outcome> outcomes(int state, int action) {
        return transitions.get(state).get(action);
    }

    /**
     * One possible result of an action.
     *
     * @param probability its probability
     * @param next the next state
     * @param reward the reward
     * @param terminated whether the next state ends the episode
     */
    public record Outcome(double probability, int next, double reward, boolean terminated) {

        /** Validates the probability. */
        public Outcome {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability: expected a value in [0, 1], found " + probability);
            }
        }
    }
}
