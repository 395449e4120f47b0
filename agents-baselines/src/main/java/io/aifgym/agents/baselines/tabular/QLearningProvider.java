package io.aifgym.agents.baselines.tabular;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.registry.AgentProvider;

/**
 * The {@code q-learning} agent provider: a {@link TdAgent} with {@link TdMethod#Q_LEARNING} on an env
 * with finite observation and action spaces, configured by {@link TabularConfig}.
 */
public final class QLearningProvider implements AgentProvider<TabularConfig> {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public QLearningProvider() {
    }

    @Override
    public String id() {
        return TdMethod.Q_LEARNING.id();
    }

    @Override
    public String description() {
        return "Tabular Q-learning (Watkins 1989) with epsilon-greedy or softmax exploration";
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
        return TdAgent.of(TdMethod.Q_LEARNING, config, env);
    }
}
