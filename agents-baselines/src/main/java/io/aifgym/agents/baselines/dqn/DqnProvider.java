package io.aifgym.agents.baselines.dqn;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.registry.AgentProvider;

/**
 * The {@code dqn} agent provider: a {@link DqnAgent} on an env with a finite action space and
 * any observation space that flattens to a vector.
 */
public final class DqnProvider implements AgentProvider<DqnConfig> {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public DqnProvider() {
    }

    @Override
    public String id() {
        return "dqn";
    }

    @Override
    public String description() {
        return "Deep Q-network on ND4J: MLP on flattened observations, replay buffer, target network, Adam";
    }

    @Override
    public Class<DqnConfig> configType() {
        return DqnConfig.class;
    }

    @Override
    public DqnConfig defaultConfig() {
        return DqnConfig.DEFAULT;
    }

    /** @throws IllegalArgumentException if the env's action space is not finite */
    @Override
    public Agent<?, ?, ?> create(DqnConfig config, Env<?, ?, ?> env) {
        return DqnAgent.of(config, env);
    }
}
