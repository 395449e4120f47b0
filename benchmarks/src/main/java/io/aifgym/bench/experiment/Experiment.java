package io.aifgym.bench.experiment;

import io.aifgym.bench.config.ExperimentConfig;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import java.util.Objects;

/**
 * A config with its env (wrapped by the registry, e.g. in a time limit) and its agent made,
 * ready to run.
 *
 * @param config the config
 * @param env the env of one slot
 * @param agent the agent of one slot
 */
public record Experiment(ExperimentConfig config, Env<?, ?, ?> env, Agent<?, ?, ?> agent) {

    /** Requires every part. */
    public Experiment {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(env, "env");
        Objects.requireNonNull(agent, "agent");
    }
}
