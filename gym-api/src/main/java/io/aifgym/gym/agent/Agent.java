package io.aifgym.gym.agent;

import io.aifgym.gym.random.Key;
import java.util.ArrayList;
import java.util.List;

/**
 * An agent: a pure policy and learner whose state is a value passed in and returned, so a
 * batch of agents is a batch of states (pymdp's batched {@code Agent}, gymnax's pure policies).
 *
 * <p>A rollout calls {@link #act} on every observation, then {@link #learn} with what the step
 * produced (online learning, and the place to start a new episode's beliefs when the
 * transition ends one), and at the end of a block {@link #learnBlock} with the block's
 * trajectory (offline learning). Agents that do not learn keep the defaults.
 *
 * @param <S> the agent state (beliefs, learned parameters, counters)
 * @param <O> the observation
 * @param <A> the action
 */
public interface Agent<S, O, A> {

    /**
     * The initial state of one agent.
     *
     * @param key the key that determines any random initialisation
     * @return the state
     */
    S init(Key key);

    /**
     * Chooses an action for an observation.
     *
     * @param key the key for this decision
     * @param state the agent state
     * @param observation the current observation
     * @return the action, the next agent state and diagnostics
     */
    Decision<S, A> act(Key key, S state, O observation);

    /**
     * Learns from one step, after {@link #act}; called for every step of a rollout.
     *
     * @param state the state returned by {@link #act}
     * @param transition what the step produced
     * @return the updated state
     */
    default S learn(S state, Transition<O, A> transition) {
        return state;
    }

    /**
     * Learns at the end of a block of steps from the block's trajectory (offline learning,
     * pymdp's {@code learning_mode="offline"}).
     *
     * @param state the state after the block's last step
     * @param block what this agent saw and did during the block
     * @return the updated state
     */
    default S learnBlock(S state, Block<O, A> block) {
        return state;
    }

    /**
     * Initial states of a batch; agent i uses {@code key.child(i)}.
     *
     * @param key the key
     * @param n the batch size
     * @return n states
     */
    default List<S> initBatch(Key key, int n) {
        List<S> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(init(key.child(i)));
        }
        return out;
    }

    /**
     * Decisions for a whole batch; agent i uses {@code key.child(i)}. Agents that are faster
     * batched override this; the result must equal the per-agent calls.
     *
     * @param key the key
     * @param states one state per agent
     * @param observations one observation per agent
     * @return one decision per agent
     */
    default List<Decision<S, A>> actBatch(Key key, List<S> states, List<O> observations) {
        if (states.size() != observations.size()) {
            throw new IllegalArgumentException("actBatch: expected one observation per agent state (" + states.size()
                    + "), found " + observations.size());
        }
        List<Decision<S, A>> out = new ArrayList<>(states.size());
        for (int i = 0; i < states.size(); i++) {
            out.add(act(key.child(i), states.get(i), observations.get(i)));
        }
        return out;
    }
}
