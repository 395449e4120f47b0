package io.aifgym.bench.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One experiment: an agent run on {@code numEnvs} copies of an env from one seed, for a number
 * of steps per copy or until a number of episodes have ended. As a file (JSON or YAML):
 *
 * <pre>
 * env:   {id: GridWorld-v0, config: {width: 5}}   # config: fields over the env's defaults
 * agent: {id: random}                              # config may be left out
 * seed: 42
 * numEnvs: 8          # default 1
 * steps: 1000         # steps per env copy; or episodes: 200 (then maxSteps caps the steps)
 * threads: 2          # default 1
 * blockSteps: 100     # rollout block: offline learning and progress after each; default 100
 * out: runs/demo      # default runs/NAME-OF-THE-FILE
 * </pre>
 *
 * @param env the env and its config
 * @param agent the agent and its config
 * @param seed the root seed: {@code Key.of(seed)} starts the rollout
 * @param numEnvs the number of env copies (and agents), 1 to {@value #MAX_ENVS}
 * @param steps the steps per env copy, or null when {@code episodes} is given
 * @param episodes the number of episodes to complete over all copies, or null when
 *     {@code steps} is given
 * @param maxSteps with {@code episodes}: the most steps per copy before the run stops
 *     (default {@value #DEFAULT_MAX_STEPS}); null with {@code steps}
 * @param threads the threads that step the env copies and the agents' learning
 * @param blockSteps the steps of one rollout block; after each block the agents learn offline
 *     ({@link io.aifgym.gym.agent.Agent#learnBlock}) and progress is reported
 * @param out the output folder, or null for {@code runs/NAME} next to where the command runs
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExperimentConfig(PluginChoice env, PluginChoice agent, long seed, int numEnvs, Integer steps,
        Integer episodes, Integer maxSteps, int threads, int blockSteps, String out) {

    /** The most env copies. */
    public static final int MAX_ENVS = 1_000_000;
    /** The most threads. */
    public static final int MAX_THREADS = 1024;
    /** The longest rollout block. */
    public static final int MAX_BLOCK_STEPS = 1_000_000;
    /** The default number of env copies. */
    public static final int DEFAULT_NUM_ENVS = 1;
    /** The default number of threads. */
    public static final int DEFAULT_THREADS = 1;
    /** The default rollout block. */
    public static final int DEFAULT_BLOCK_STEPS = 100;
    /** The default cap on the steps per copy of an episodes run. */
    public static final int DEFAULT_MAX_STEPS = 1_000_000;

    /** Validates every field and fills {@code maxSteps} for an episodes run. */
    public ExperimentConfig {
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(agent, "agent");
        requireRange("numEnvs", numEnvs, 1, MAX_ENVS);
        requireRange("threads", threads, 1, MAX_THREADS);
        requireRange("blockSteps", blockSteps, 1, MAX_BLOCK_STEPS);
        if ((steps == null) == (episodes == null)) {
            throw new IllegalArgumentException("steps: expected exactly one of steps or episodes, found "
                    + (steps == null ? "neither" : "both"));
        }
        if (steps != null) {
            requireRange("steps", steps, 1, Integer.MAX_VALUE);
            if (maxSteps != null) {
                throw new IllegalArgumentException("maxSteps: expected no maxSteps with steps (it caps an episodes run), found "
                        + maxSteps);
            }
        } else {
            requireRange("episodes", episodes, 1, Integer.MAX_VALUE);
            maxSteps = maxSteps == null ? DEFAULT_MAX_STEPS : maxSteps;
            requireRange("maxSteps", maxSteps, 1, Integer.MAX_VALUE);
        }
    }

    private static void requireRange(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + ": expected an integer from " + min + " to " + max + ", found "
                    + value);
        }
    }

    /**
     * Whether the run ends after a number of episodes (rather than of steps).
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
     * This config with another output folder.
     *
     * @param folder the folder, or null for the default
     * @return the new config
     */
    public ExperimentConfig withOut(String folder) {
        return new ExperimentConfig(env, agent, seed, numEnvs, steps, episodes, maxSteps, threads, blockSteps, folder);
    }
}
