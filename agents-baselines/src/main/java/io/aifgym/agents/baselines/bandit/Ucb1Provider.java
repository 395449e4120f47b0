package io.aifgym.agents.baselines.bandit;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.registry.AgentProvider;

/** The {@code ucb1} agent provider: a {@link Ucb1Agent} on an env with a finite action space. */
public final class Ucb1Provider implements AgentProvider<Ucb1Config> {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public Ucb1Provider() {
    }

    @Override
    public String id() {
        return "ucb1";
    }

    @Override
    public String description() {
        return "Bandit: UCB1 upper confidence bounds (Auer et al. 2002)";
    }

    @Override
    public Class<Ucb1Config> configType() {
        return Ucb1Config.class;
    }

    @Override
    public Ucb1Config defaultConfig() {
        return Ucb1Config.DEFAULT;
    }

    /** @throws IllegalArgumentException if the env's action space is not finite */
    @Override
    public Agent<?, ?, ?> create(Ucb1Config config, Env<?, ?, ?> env) {
        return Ucb1Agent.of(config, env);
    }
}
