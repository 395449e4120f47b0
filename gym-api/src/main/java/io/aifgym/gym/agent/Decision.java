package io.aifgym.gym.agent;

import java.util.Map;
import java.util.Objects;

/**
 * What an agent decided: the action, its next state and numeric diagnostics (such as
 * {@code "neg_efe_max"}), which the harness aggregates; agents never log.
 *
 * @param action the chosen action
 * @param state the agent state after the decision
 * @param diagnostics numeric diagnostics, immutable
 * @param <S> the agent state
 * @param <A> the action
 */
public record Decision<S, A>(A action, S state, Map<String, Double> diagnostics) {

    /** Requires the parts and copies the diagnostics. */
    public Decision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(state, "state");
        diagnostics = Map.copyOf(diagnostics);
    }

    /**
     * A decision without diagnostics.
     *
     * @param action the action
     * @param state the state
     * @param <S> the agent state
     * @param <A> the action
     * @return the decision
     */
    public static <S, A> Decision<S, A> of(A action, S state) {
        return new Decision<>(action, state, Map.of());
    }
}
