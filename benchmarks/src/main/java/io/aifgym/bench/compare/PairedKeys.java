package io.aifgym.bench.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.aifgym.bench.config.ConfigMappers;
import io.aifgym.gym.random.Key;
import java.nio.charset.StandardCharsets;

/**
 * The keys of one run of a comparison, derived so that the env's randomness depends on the
 * seed and the env alone, and the agent's on the seed, the env and the agent:
 *
 * <pre>
 * envKey   = Key.of(seed).fold(identity(env id, env config))
 *   reset:        envKey.child(0)              (slot i: .child(i), as VectorEnv does)
 *   step t:       envKey.child(1).fold(t)      (slot i: .child(i))
 * agentKey = envKey.child(2).fold(identity(agent id, the agent's config in this env))
 *   init:         agentKey.child(0)            (agent i: .child(i), as Agent.initBatch does)
 *   act, step t:  agentKey.child(1).fold(t)    (agent i: .child(i), as Agent.actBatch does)
 * </pre>
 *
 * {@code identity} is the 64-bit FNV-1a hash of the UTF-8 text {@code id + "\n" + config},
 * the config written as compact JSON. So for one seed every agent meets the same initial
 * states, the same reset draws and the same env draws at the same step (a slip on the frozen
 * lake, a bandit's arm probabilities and payouts): a difference between agents is the agents',
 * not the luck of the draw. Keys depend on what an env or agent is, not on its display name or
 * its place in the file, so two entries of the same agent with the same config act identically
 * and their paired difference is exactly 0.
 */
public final class PairedKeys {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final ObjectMapper mapper = ConfigMappers.json().copy().disable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** A key deriver. */
    public PairedKeys() {
        // the compact JSON mapper only
    }

    /**
     * The env key of a run: reset and step keys of the env derive from it.
     *
     * @param seed the seed
     * @param envId the env id
     * @param envConfig the env's config
     * @return {@code Key.of(seed).fold(identity(envId, envConfig))}
     */
    public Key envKey(long seed, String envId, Record envConfig) {
        return Key.of(seed).fold(identity(envId, envConfig));
    }

    /**
     * The agent key of a run: init and act keys of the agent derive from it.
     *
     * @param envKey the run's env key
     * @param agentId the agent id
     * @param agentConfig the agent's config in this env
     * @return {@code envKey.child(2).fold(identity(agentId, agentConfig))}
     */
    public Key agentKey(Key envKey, String agentId, Record agentConfig) {
        return envKey.child(2).fold(identity(agentId, agentConfig));
    }

    /**
     * The key that resets the env copies.
     *
     * @param envKey the run's env key
     * @return {@code envKey.child(0)}
     */
    public static Key reset(Key envKey) {
        return envKey.child(0);
    }

    /**
     * The key of the env step {@code t}.
     *
     * @param envKey the run's env key
     * @param t the step, from 0
     * @return {@code envKey.child(1).fold(t)}
     */
    public static Key envStep(Key envKey, long t) {
        return envKey.child(1).fold(t);
    }

    /**
     * The key that initialises the agents.
     *
     * @param agentKey the run's agent key
     * @return {@code agentKey.child(0)}
     */
    public static Key init(Key agentKey) {
        return agentKey.child(0);
    }

    /**
     * The key of the agents' decisions at step {@code t}.
     *
     * @param agentKey the run's agent key
     * @param t the step, from 0
     * @return {@code agentKey.child(1).fold(t)}
     */
    public static Key act(Key agentKey, long t) {
        return agentKey.child(1).fold(t);
    }

    /**
     * The identity of an env or agent: the FNV-1a hash of {@code id + "\n" + compact JSON of the
     * config}.
     *
     * @param id the id
     * @param config the config record
     * @return the 64-bit hash
     * @throws IllegalArgumentException if the config cannot be written as JSON
     */
    public long identity(String id, Record config) {
        String json;
        try {
            json = mapper.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("config: expected a config that can be written as JSON, found "
                    + config.getClass().getSimpleName() + " (" + e.getOriginalMessage() + ")", e);
        }
        return fnv1a(id + "\n" + json);
    }

    /**
     * The 64-bit FNV-1a hash of a string's UTF-8 bytes.
     *
     * @param text the text
     * @return the hash
     */
    public static long fnv1a(String text) {
        long h = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return h;
    }
}
