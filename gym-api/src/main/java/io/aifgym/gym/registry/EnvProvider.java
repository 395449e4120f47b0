package io.aifgym.gym.registry;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;

/**
 * A plugin that makes one env, found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.aifgym.gym.registry.EnvProvider}). Its config is a record
 * with documented defaults, bound from JSON or YAML by the command line.
 *
 * <pre>{@code
 * public final class CoinFlipProvider implements EnvProvider<CoinFlip.Config> {
 *     public EnvSpec spec() { return EnvSpec.of("CoinFlip-v0", 100, "Guess a fair coin"); }
 *     public Class<CoinFlip.Config> configType() { return CoinFlip.Config.class; }
 *     public CoinFlip.Config defaultConfig() { return CoinFlip.Config.DEFAULT; }
 *     public Env<?, ?, ?> create(CoinFlip.Config config) { return new CoinFlip(config); }
 * }
 * }</pre>
 *
 * @param <C> the config record type
 */
public interface EnvProvider<C extends Record> {

    /**
     * The spec of the env this provider makes: id, episode limit, description.
     *
     * @return the spec
     */
    EnvSpec spec();

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
     * Makes the env (without the time limit, which the registry adds from the spec).
     *
     * @param config the config
     * @return the env
     * @throws IllegalArgumentException if the config is invalid, naming the field
     */
    Env<?, ?, ?> create(C config);
}
