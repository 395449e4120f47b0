package io.aifgym.agents.baselines.tabular;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.registry.AgentProvider;

/**
 * The {@code dyna-q} agent provider: a {@link DynaQAgent} on an env with finite observation
 * and action spaces, configured by {@link DynaQConfig}.
 */
public final class DynaQProvider implements AgentProvider<DynaQConfig> {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public DynaQProvider() {
    }

    @Override
    public String id() {
        return "dyna-q";
    }

    @Override
    public String description() {
        return "Tabular Dyna-Q: Q-learning plus planning updates replayed from a learned model";
    }

    @Override
    public Class<DynaQConfig> configType() {
        return DynaQConfig.class;
    }

    @Override
    public DynaQConfig defaultConfig() {
        return DynaQConfig.DEFAULT;
    }

    /** @throws IllegalArgumentException if the env's observation or action space is not finite */
    @Override
    public Agent<?, ?, ?> create(DynaQConfig config, Env<?, ?, ?> env) {
        return DynaQAgent.of(config, env);
    }
}
