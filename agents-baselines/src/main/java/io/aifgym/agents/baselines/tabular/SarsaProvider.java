package io.aifgym.agents.baselines.tabular;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.registry.AgentProvider;

/**
 * The {@code sarsa} agent provider: a {@link TdAgent} with {@link TdMethod#SARSA} on an env
 * with finite observation and action spaces, configured by {@link TabularConfig}.
 */
public final class SarsaProvider implements AgentProvider<TabularConfig> {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public SarsaProvider() {
    }

    @Override
    public String id() {
        return TdMethod.SARSA.id();
    }

    @Override
    public String description() {
        return "Tabular SARSA, on-policy TD control, with epsilon-greedy or softmax exploration";
    }

    @Override
    public Class<TabularConfig> configType() {
        return TabularConfig.class;
    }

    @Override
    public TabularConfig defaultConfig() {
        return TabularConfig.DEFAULT;
    }

    /** @throws IllegalArgumentException if the env's observation or action space is not finite */
    @Override
    public Agent<?, ?, ?> create(TabularConfig config, Env<?, ?, ?> env) {
        return TdAgent.of(TdMethod.SARSA, config, env);
    }
}
