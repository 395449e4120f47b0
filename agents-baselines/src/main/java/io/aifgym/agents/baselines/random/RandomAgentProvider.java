package io.aifgym.agents.baselines.random;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.registry.AgentProvider;

/** The {@code random} agent provider: a {@link RandomAgent} for any env. */
public final class RandomAgentProvider implements AgentProvider<RandomConfig> {

    /** A provider, as {@link java.util.ServiceLoader} makes it. */
    public RandomAgentProvider() {
    }

    @Override
    public String id() {
        return "random";
    }

    @Override
    public String description() {
        return "Uniformly random actions from the env's action space";
    }

    @Override
    public Class<RandomConfig> configType() {
        return RandomConfig.class;
    }

    @Override
    public RandomConfig defaultConfig() {
        return RandomConfig.DEFAULT;
    }

    @Override
    public Agent<?, ?, ?> create(RandomConfig config, Env<?, ?, ?> env) {
        return RandomAgent.of(env);
    }
}
