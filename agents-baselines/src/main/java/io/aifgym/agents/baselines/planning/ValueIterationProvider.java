package io.aifgym.agents.baselines.planning;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.registry.AgentProvider;

/**
 * The {@code value-iteration} agent provider: a {@link ValueIterationAgent} on an env that
 * exposes its {@link io.aifgym.gym.model.TabularModel}.
 */
public final class ValueIterationProvider implements AgentProvider<ValueIterationConfig> {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public ValueIterationProvider() {
    }

    @Override
    public String id() {
        return "value-iteration";
    }

    @Override
    public String description() {
        return "Greedy policy of value iteration on the env's known model (the Bellman-optimal reference)";
    }

    @Override
    public Class<ValueIterationConfig> configType() {
        return ValueIterationConfig.class;
    }

    @Override
    public ValueIterationConfig defaultConfig() {
        return ValueIterationConfig.DEFAULT;
    }

    /** @throws IllegalArgumentException if the env exposes no tabular model matching its spaces */
    @Override
    public Agent<?, ?, ?> create(ValueIterationConfig config, Env<?, ?, ?> env) {
        return ValueIterationAgent.of(config, env);
    }
}
