package io.aifgym.agents.baselines.bandit;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.registry.AgentProvider;

/** The {@code thompson} agent provider: a {@link ThompsonAgent} on an env with a finite action space. */
public final class ThompsonProvider implements AgentProvider<ThompsonConfig> {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public ThompsonProvider() {
    }

    @Override
    public String id() {
        return "thompson";
    }

    @Override
    public String description() {
        return "Bandit: Thompson sampling, Beta-Bernoulli or Gaussian";
    }

    @Override
    public Class<ThompsonConfig> configType() {
        return ThompsonConfig.class;
    }

    @Override
    public ThompsonConfig defaultConfig() {
        return ThompsonConfig.DEFAULT;
    }

    /** @throws IllegalArgumentException if the env's action space is not finite */
    @Override
    public Agent<?, ?, ?> create(ThompsonConfig config, Env<?, ?, ?> env) {
        return ThompsonAgent.of(config, env);
    }
}
