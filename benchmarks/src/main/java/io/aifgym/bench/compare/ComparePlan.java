package io.aifgym.bench.compare;

import io.aifgym.gym.env.Env;
import java.util.List;
import java.util.Objects;

/**
 * A comparison ready to run: each env made (wrapped by the registry in its time limit), and
 * for each env which agents can act in it and which cannot, and why.
 *
 * @param config the config
 * @param envs the envs, in config order
 */
public record ComparePlan(CompareConfig config, List<PlannedEnv> envs) {

    /** Requires the config and copies the list. */
    public ComparePlan {
        Objects.requireNonNull(config, "config");
        envs = List.copyOf(envs);
    }

    /**
     * The number of runs: seeds times the (env, agent) pairs that can run.
     *
     * @return the number of runs
     */
    public int runs() {
        int pairs = 0;
        for (PlannedEnv e : envs) {
            pairs += (int) e.agents().stream().filter(PlannedAgent::applicable).count();
        }
        return pairs * config.seeds().size();
    }

    /**
     * One env of a plan.
     *
     * @param entry its config entry
     * @param env the env, made by the registry
     * @param agents every agent of the config, in config order
     */
    public record PlannedEnv(CompareConfig.EnvEntry entry, Env<?, ?, ?> env, List<PlannedAgent> agents) {

        /** Requires the parts and copies the list. */
        public PlannedEnv {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(env, "env");
            agents = List.copyOf(agents);
        }
    }

    /**
     * One agent in one env.
     *
     * @param entry the agent's config entry
     * @param config the agent's config in this env
     * @param notApplicable why the agent cannot act in this env (the provider's message), or null
     *     if it can
     */
    public record PlannedAgent(CompareConfig.AgentEntry entry, Record config, String notApplicable) {

        /** Requires the entry and the config. */
        public PlannedAgent {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(config, "config");
        }

        /** @return whether the agent runs in this env */
        public boolean applicable() {
            return notApplicable == null;
        }
    }
}
