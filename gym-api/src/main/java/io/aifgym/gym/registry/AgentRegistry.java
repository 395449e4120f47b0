package io.aifgym.gym.registry;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * An immutable index of agent providers by id, sorted by id. Duplicate ids are an error
 * naming both providers; an unknown id lists the known ids and the nearest match.
 */
public final class AgentRegistry {

    private final Map<String, AgentProvider<?>> providers;

    /**
     * A registry of the given providers.
     *
     * @param providers the providers
     * @throws DuplicateIdException if two share an id
     */
    public AgentRegistry(Iterable<? extends AgentProvider<?>> providers) {
        Map<String, AgentProvider<?>> map = new TreeMap<>();
        for (AgentProvider<?> p : providers) {
            AgentProvider<?> previous = map.putIfAbsent(p.id(), p);
            if (previous != null) {
                throw new DuplicateIdException("agent", p.id(), previous.getClass(), p.getClass());
            }
        }
        this.providers = Collections.unmodifiableMap(map);
    }

    /**
     * The providers found by {@link ServiceLoader} on a class loader.
     *
     * @param loader the class loader
     * @return the registry
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static AgentRegistry load(ClassLoader loader) {
        List<AgentProvider<?>> list = new ArrayList<>();
        for (AgentProvider p : ServiceLoader.load(AgentProvider.class, loader)) {
            list.add(p);
        }
        return new AgentRegistry(list);
    }

    /** @return the ids, sorted */
    public List<String> ids() {
        return List.copyOf(providers.keySet());
    }

    /** @return the providers, sorted by id */
    public List<AgentProvider<?>> providers() {
        return List.copyOf(providers.values());
    }

    /**
     * The provider of an id.
     *
     * @param id the id
     * @return the provider
     * @throws UnknownIdException if there is none
     */
    public AgentProvider<?> provider(String id) {
        AgentProvider<?> p = providers.get(id);
        if (p == null) {
            throw new UnknownIdException("agent", id, ids());
        }
        return p;
    }

    /**
     * Makes an agent for an env.
     *
     * @param id the id
     * @param config a config of the provider's config type
     * @param env the env
     * @return the agent
     * @throws IllegalArgumentException if the config has another type, is invalid, or the
     *     agent cannot act in the env
     */
    public Agent<?, ?, ?> make(String id, Record config, Env<?, ?, ?> env) {
        return create(provider(id), config, env);
    }

    private static <C extends Record> Agent<?, ?, ?> create(AgentProvider<C> provider, Record config,
            Env<?, ?, ?> env) {
        if (!provider.configType().isInstance(config)) {
            throw new IllegalArgumentException(provider.id() + " config: expected a "
                    + provider.configType().getSimpleName() + ", found "
                    + (config == null ? "null" : config.getClass().getSimpleName()));
        }
        return provider.create(provider.configType().cast(config), env);
    }
}
