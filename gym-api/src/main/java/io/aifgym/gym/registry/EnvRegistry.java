package io.aifgym.gym.registry;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * An immutable index of env providers by versioned id, sorted by id. Duplicate ids are an
 * error naming both providers; an unknown id lists the known ids and the nearest match.
 */
public final class EnvRegistry {

    private final Map<String, EnvProvider<?>> providers;

    /**
     * A registry of the given providers.
     *
     * @param providers the providers
     * @throws DuplicateIdException if two share an id
     */
    public EnvRegistry(Iterable<? extends EnvProvider<?>> providers) {
        Map<String, EnvProvider<?>> map = new TreeMap<>();
        for (EnvProvider<?> p : providers) {
            String id = p.spec().id().toString();
            EnvProvider<?> previous = map.putIfAbsent(id, p);
            if (previous != null) {
                throw new DuplicateIdException("env", id, previous.getClass(), p.getClass());
            }
        }
        this.providers = Collections.unmodifiableMap(map);
    }

    /**
     * The providers found by {@link ServiceLoader} on a class loader.
     *
     * @param loader the class loader (the application's, or one over plugin jars)
     * @return the registry
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public static EnvRegistry load(ClassLoader loader) {
        List<EnvProvider<?>> list = new ArrayList<>();
        for (EnvProvider p : ServiceLoader.load(EnvProvider.class, loader)) {
            list.add(p);
        }
        return new EnvRegistry(list);
    }

    /** @return the ids, sorted */
    public List<String> ids() {
        return List.copyOf(providers.keySet());
    }

    /** @return the providers, sorted by id */
    public List<EnvProvider<?>> providers() {
        return List.copyOf(providers.values());
    }

    /**
     * The provider of an id.
     *
     * @param id the id
     * @return the provider
     * @throws UnknownIdException if there is none
     */
    public EnvProvider<?> provider(String id) {
        EnvProvider<?> p = providers.get(id);
        if (p == null) {
            throw new UnknownIdException("env", id, ids());
        }
        return p;
    }

    /**
     * Makes an env with its default config, wrapped in {@link TimeLimit} if its spec has a limit.
     *
     * @param id the id
     * @return the env
     */
    public Env<?, ?, ?> make(String id) {
        return make(id, provider(id).defaultConfig());
    }

    /**
     * Makes an env, wrapped in {@link TimeLimit} if its spec has a limit.
     *
     * @param id the id
     * @param config a config of the provider's config type
     * @return the env
     * @throws IllegalArgumentException if the config has another type or is invalid
     */
    public Env<?, ?, ?> make(String id, Record config) {
        Env<?, ?, ?> env = createRaw(provider(id), config);
        return env.spec().hasTimeLimit() ? new TimeLimit<>(env, env.spec().maxEpisodeSteps()) : env;
    }

    private static <C extends Record> Env<?, ?, ?> createRaw(EnvProvider<C> provider, Record config) {
        if (!provider.configType().isInstance(config)) {
            throw new IllegalArgumentException(provider.spec().id() + " config: expected a "
                    + provider.configType().getSimpleName() + ", found "
                    + (config == null ? "null" : config.getClass().getSimpleName()));
        }
        return provider.create(provider.configType().cast(config));
    }
}
