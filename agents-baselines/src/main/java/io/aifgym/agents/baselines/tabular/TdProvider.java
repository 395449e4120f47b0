package io.aifgym.agents.baselines.tabular;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.registry.AgentProvider;

/**
 * The provider of one {@link TdMethod}: a {@link TdAgent} on an env with finite observation and
 * action spaces, configured by {@link TabularConfig}. Each method's provider is a subclass
 * that names the method, so {@link java.util.ServiceLoader} can make it.
 */
abstract class TdProvider implements AgentProvider<TabularConfig> {

    private final TdMethod method;
    private final String description;

    TdProvider(TdMethod method, String description) {
        this.method = method;
        this.description = description;
    }

    @Override
    public final String id() {
        return method.id();
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Class<TabularConfig> configType() {
        return TabularConfig.class;
    }

    @Override
    public final TabularConfig defaultConfig() {
        return TabularConfig.DEFAULT;
    }

    /** @throws IllegalArgumentException if the env's observation or action space is not finite */
    @Override
    public final Agent<?, ?, ?> create(TabularConfig config, Env<?, ?, ?> env) {
        return TdAgent.of(method, config, env);
    }
}
