package io.aifgym.agents.baselines.bandit;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.registry.AgentProvider;

/** The {@code epsilon-greedy} agent provider: a {@link EpsilonGreedyBanditAgent} on an env with a finite action space. */
public final class EpsilonGreedyBanditProvider implements AgentProvider<EpsilonGreedyConfig> {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public EpsilonGreedyBanditProvider() {
    }

    @Override
    public String id() {
        return "epsilon-greedy";
    }

    @Override
    public String description() {
        return "Bandit: epsilon-greedy on sample-average or constant-step estimates, optionally optimistic";
    }

    @Override
    public Class<EpsilonGreedyConfig> configType() {
        return EpsilonGreedyConfig.class;
    }

    @Override
    public EpsilonGreedyConfig defaultConfig() {
        return EpsilonGreedyConfig.DEFAULT;
    }

    /** @throws IllegalArgumentException if the env's action space is not finite */
    @Override
    public Agent<?, ?, ?> create(EpsilonGreedyConfig config, Env<?, ?, ?> env) {
        return EpsilonGreedyBanditAgent.of(config, env);
    }
}
