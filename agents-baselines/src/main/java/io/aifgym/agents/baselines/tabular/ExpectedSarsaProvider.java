package io.aifgym.agents.baselines.tabular;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.registry.AgentProvider;

/**
 * The {@code expected-sarsa} agent provider: a {@link TdAgent} with {@link TdMethod#EXPECTED_SARSA} on an env
 * with finite observation and action spaces, configured by {@link TabularConfig}.
 */
public final class ExpectedSarsaProvider implements AgentProvider<TabularConfig> {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public ExpectedSarsaProvider() {
    }

    @Override
    public String id() {
        return TdMethod.EXPECTED_SARSA.id();
    }

    @Override
    public String description() {
        return "Tabular expected SARSA (van Seijen et al. 2009) with epsilon-greedy or softmax exploration";
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
        return TdAgent.of(TdMethod.EXPECTED_SARSA, config, env);
    }
}
