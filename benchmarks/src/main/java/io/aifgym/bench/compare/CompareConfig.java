package io.aifgym.bench.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.aifgym.bench.config.PluginChoice;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A paired-seed comparison: every agent runs on every env from every seed, and the env's keys
 * depend only on the seed and the env (see {@link PairedKeys}), so the agents of one seed meet
 * the same initial states, the same slips and the same bandit arms. As a file (JSON or YAML,
 * read by {@link CompareConfigLoader}):
 *
 * <pre>
 * envs:
 *   - id: FrozenLake-v1
 *     config: {isSlippery: true}     # fields over the env's defaults
 *     episodes: 300                  # or steps: N (per env copy)
 *   - id: TMaze-v0
 *     name: T-maze                   # the display name, default the id
 *     episodes: 50
 *     agentConfigs:                  # per agent name, fields over that agent's config in this env
 *       aif: {policyLen: 2, model: {preferences: [null, [0, 3, -3], null]}}
 * agents:
 *   - id: aif
 *   - {id: q-learning, name: Q-learning, config: {discount: 0.95}}
 * seeds: 10           # 0 to 9; or a list, such as [3, 7, 11]
 * numEnvs: 1          # env copies per run, default 1
 * threads: 2          # runs at once, default the available processors; results do not depend on it
 * blockSteps: 100     # rollout block (offline learning), default 100
 * out: runs/compare   # default runs/NAME-OF-THE-FILE
 * </pre>
 *
 * @param envs the envs, in report order, with distinct names
 * @param agents the agents, in report order, with distinct names; paired differences are to the
 *     first one that runs in an env
 * @param seeds the seeds, distinct, at least one
 * @param numEnvs the env copies of every run, 1 to {@value #MAX_ENVS}
 * @param threads the runs at once, 1 to {@value #MAX_THREADS}
 * @param blockSteps the steps of one rollout block, after which the agents learn offline
 * @param out the output folder, or null for the default
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompareConfig(List<EnvEntry> envs, List<AgentEntry> agents, List<Long> seeds, int numEnvs, int threads,
        int blockSteps, String out) {

    /** The most env copies per run. */
    public static final int MAX_ENVS = 100_000;
    /** The most threads. */
    public static final int MAX_THREADS = 1024;
    /** The most seeds. */
    public static final int MAX_SEEDS = 100_000;
    /** The longest rollout block. */
    public static final int MAX_BLOCK_STEPS = 1_000_000;
    /** The default number of env copies. */
    public static final int DEFAULT_NUM_ENVS = 1;
    /** The default rollout block. */
    public static final int DEFAULT_BLOCK_STEPS = 100;
    /** The default cap on the steps per copy of an episodes run. */
    public static final int DEFAULT_MAX_STEPS = 1_000_000;

    /** Validates every field and copies the lists. */
    public CompareConfig {
        envs = List.copyOf(envs);
        agents = List.copyOf(agents);
        seeds = List.copyOf(seeds);
        if (envs.isEmpty()) {
            throw new IllegalArgumentException("envs: expected at least one env, found none");
        }
        if (agents.isEmpty()) {
            throw new IllegalArgumentException("agents: expected at least one agent, found none");
        }
        if (seeds.isEmpty() || seeds.size() > MAX_SEEDS) {
            throw new IllegalArgumentException("seeds: expected 1 to " + MAX_SEEDS + " seeds, found " + seeds.size());
        }
        if (new HashSet<>(seeds).size() != seeds.size()) {
            throw new IllegalArgumentException("seeds: expected distinct seeds, found " + seeds);
        }
        requireDistinct("envs", envs.stream().map(EnvEntry::name).toList());
        Set<String> agentNames = requireDistinct("agents", agents.stream().map(AgentEntry::name).toList());
        for (EnvEntry e : envs) {
            for (String name : e.agentConfigs().keySet()) {
                if (!agentNames.contains(name)) {
                    throw new IllegalArgumentException("envs.agentConfigs: expected the name of an agent "
                            + agentNames + ", found '" + name + "'");
                }
            }
        }
        requireRange("numEnvs", numEnvs, 1, MAX_ENVS);
        requireRange("threads", threads, 1, MAX_THREADS);
        requireRange("blockSteps", blockSteps, 1, MAX_BLOCK_STEPS);
    }

    private static Set<String> requireDistinct(String field, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException(field + ": expected distinct names, found '" + n + "' twice");
            }
        }
        return seen;
    }

    static void requireRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": expected an integer from " + min + " to " + max + ", found "
                    + value);
        }
    }

    /**
     * This config with another output folder.
     *
     * @param folder the folder, or null for the default
     * @return the new config
     */
    public CompareConfig withOut(String folder) {
        return new CompareConfig(envs, agents, seeds, numEnvs, threads, blockSteps, folder);
    }

    /**
     * This config with another number of threads (results do not depend on it).
     *
     * @param count the threads
     * @return the new config
     */
    public CompareConfig withThreads(int count) {
        return new CompareConfig(envs, agents, seeds, numEnvs, count, blockSteps, out);
    }

    /**
     * The config of an agent in an env: the env's {@code agentConfigs} entry for it, else the
     * agent's own.
     *
     * @param env the env
     * @param agent the agent
     * @return the agent config to make it with
     */
    public Record agentConfig(EnvEntry env, AgentEntry agent) {
        Record override = env.agentConfigs().get(agent.name());
        return override != null ? override : agent.agent().config();
    }

    /**
     * One env of a comparison and its budget: each run takes {@code steps} steps per env copy,
     * or runs until {@code episodes} episodes (over all copies) have ended.
     *
     * @param name the display name, distinct in the comparison
     * @param env the env id and its config
     * @param steps the steps per env copy, or null when {@code episodes} is given
     * @param episodes the episodes of a run, or null when {@code steps} is given
     * @param maxSteps with {@code episodes}: the most steps per copy (default
     *     {@value #DEFAULT_MAX_STEPS}); null with {@code steps}
     * @param lastEpisodes the statistics use only the last this many episodes of each run, or
     *     null for all of them (learning speed then counts too)
     * @param success when an episode counts as a success
     * @param agentConfigs per agent name, that agent's full config in this env where the file
     *     changed it (insertion order kept)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EnvEntry(String name, PluginChoice env, Integer steps, Integer episodes, Integer maxSteps,
            Integer lastEpisodes, SuccessRule success, Map<String, Record> agentConfigs) {

        /** Validates the budget and copies the map. */
        public EnvEntry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(env, "env");
            Objects.requireNonNull(success, "success");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name: expected a non-empty name, found '" + name + "'");
            }
            if ((steps == null) == (episodes == null)) {
                throw new IllegalArgumentException("steps: expected exactly one of steps or episodes, found "
                        + (steps == null ? "neither" : "both"));
            }
            if (steps != null) {
                requireRange("steps", steps, 1, Integer.MAX_VALUE);
                if (maxSteps != null) {
                    throw new IllegalArgumentException("maxSteps: expected no maxSteps with steps (it caps an episodes "
                            + "run), found " + maxSteps);
                }
            } else {
                requireRange("episodes", episodes, 1, Integer.MAX_VALUE);
                maxSteps = maxSteps == null ? DEFAULT_MAX_STEPS : maxSteps;
                requireRange("maxSteps", maxSteps, 1, Integer.MAX_VALUE);
            }
            if (lastEpisodes != null) {
                requireRange("lastEpisodes", lastEpisodes, 1, episodes == null ? Integer.MAX_VALUE : episodes);
            }
            agentConfigs = Collections.unmodifiableMap(new LinkedHashMap<>(agentConfigs));
        }

        /**
         * Whether a run ends after a number of episodes (rather than of steps).
         *
         * @return true if {@code episodes} is given
         */
        public boolean countsEpisodes() {
            return episodes != null;
        }

        /**
         * The most steps per env copy: {@code steps}, or {@code maxSteps} for an episodes run.
         *
         * @return the step limit
         */
        public int stepLimit() {
            return steps != null ? steps : maxSteps;
        }

        /**
         * The budget in words, such as {@code 300 episodes} or {@code 1000 steps per env copy}.
         *
         * @param numEnvs the env copies of a run
         * @return the words
         */
        public String budget(int numEnvs) {
            String copies = numEnvs == 1 ? "" : " over " + numEnvs + " env copies";
            return countsEpisodes() ? episodes + " episodes" + copies
                    : steps + " steps" + (numEnvs == 1 ? "" : " per env copy (" + numEnvs + " copies)");
        }
    }

    /**
     * One agent of a comparison.
     *
     * @param name the display name, distinct in the comparison
     * @param agent the agent id and its config
     */
    public record AgentEntry(String name, PluginChoice agent) {

        /** Requires both parts. */
        public AgentEntry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(agent, "agent");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name: expected a non-empty name, found '" + name + "'");
            }
        }
    }
}
