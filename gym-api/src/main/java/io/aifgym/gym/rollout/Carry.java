package io.aifgym.gym.rollout;

import io.aifgym.gym.random.Key;
import io.aifgym.gym.vector.VectorState;
import java.util.List;
import java.util.Objects;

/**
 * Everything a rollout needs to go on (pymdp's {@code last} carry): agent states, env states,
 * the current observations and the key. Pass a rollout's final carry to the next one to
 * chain blocks, or build one by hand to start from chosen states (pymdp's
 * {@code initial_carry}).
 *
 * @param agentStates one state per agent
 * @param envState the vector env state
 * @param observations the current observation of each slot
 * @param key the key the next step starts from
 * @param <AS> the agent state
 * @param <ES> the env state
 * @param <O> the observation
 */
public record Carry<AS, ES, O>(List<AS> agentStates, VectorState<ES, O> envState, List<O> observations, Key key) {

    /** Copies the lists and checks they agree. */
    public Carry {
        agentStates = List.copyOf(agentStates);
        observations = List.copyOf(observations);
        Objects.requireNonNull(envState, "envState");
        Objects.requireNonNull(key, "key");
        if (agentStates.size() != envState.size() || observations.size() != envState.size()) {
            throw new IllegalArgumentException("Carry: expected one agent state and observation per env slot ("
                    + envState.size() + "), found " + agentStates.size() + " and " + observations.size());
        }
    }

    /**
     * The same carry with other agent states (e.g. after learning between blocks).
     *
     * @param states the new states
     * @return the new carry
     */
    public Carry<AS, ES, O> withAgentStates(List<AS> states) {
        return new Carry<>(states, envState, observations, key);
    }
}
