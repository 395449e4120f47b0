package io.aifgym.gym.registry;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;

/**
 * A plugin that makes one kind of agent for a given env, found with
 * {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.aifgym.gym.registry.AgentProvider}). The agent reads what it
 * needs from the env: its spaces, or its model through
 * {@link io.aifgym.gym.model.HasGenerativeProcess} or
 * {@link io.aifgym.gym.model.HasTabularModel} on {@link Env#unwrapped()}.
 *
 * @param <C> the config record type
 */
public interface AgentProvider<C extends Record> {

    /**
     * The id, lower case with dashes ({@code q-learning}, {@code aif}).
     *
     * @return the id
     */
    String id();

    /**
     * One line for {@code aifgym list}.
     *
     * @return the description
     */
    String description();

    /**
     * The config record type.
     *
     * @return its class
     */
    Class<C> configType();

    /**
     * The default config.
     *
     * @return the defaults
     */
    C defaultConfig();

    /**
     * Makes an agent for an env. The agent's observation and action types are the env's.
     *
     * @param config the config
     * @param env the env it will act in
     * @return the agent
     * @throws IllegalArgumentException if the env is not one this agent can act in, or the
     *     config is invalid, saying why
     */
    Agent<?, ?, ?> create(C config, Env<?, ?, ?> env);
}
