package io.aifgym.bench.compare;

import java.util.List;
import java.util.Objects;

/**
 * Every run of a comparison, grouped by env and agent.
 *
 * @param config the config
 * @param envs per env, in config order, its runs
 */
public record CompareResult(CompareConfig config, List<EnvRuns> envs) {

    /** Requires the config and copies the list. */
    public CompareResult {
        Objects.requireNonNull(config, "config");
        envs = List.copyOf(envs);
    }

    /**
     * The env steps of every run together.
     *
     * @return the sum of the runs' {@code envSteps}
     */
    public long envSteps() {
        long total = 0;
        for (EnvRuns e : envs) {
            for (AgentRuns a : e.agents()) {
                for (RunOutcome r : a.runs()) {
                    total += r.envSteps();
                }
            }
        }
        return total;
    }

    /**
     * The runs of one env.
     *
     * @param entry the env's config entry
     * @param agents the agents that ran, in config order
     * @param skipped the agents that cannot act in the env, with the reason
     */
    public record EnvRuns(CompareConfig.EnvEntry entry, List<AgentRuns> agents, List<Skipped> skipped) {

        /** Requires the entry and copies the lists. */
        public EnvRuns {
            Objects.requireNonNull(entry, "entry");
            agents = List.copyOf(agents);
            skipped = List.copyOf(skipped);
        }

        /**
         * Whether the env reported a regret in any episode.
         *
         * @return true if some episode has a regret
         */
        public boolean reportsRegret() {
            for (AgentRuns a : agents) {
                for (RunOutcome r : a.runs()) {
                    for (EpisodeResult e : r.episodes()) {
                        if (e.hasRegret()) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    /**
     * The runs of one agent in one env, one per seed in the config's order.
     *
     * @param entry the agent's config entry
     * @param runs one run per seed
     */
    public record AgentRuns(CompareConfig.AgentEntry entry, List<RunOutcome> runs) {

        /** Requires the entry and copies the list. */
        public AgentRuns {
            Objects.requireNonNull(entry, "entry");
            runs = List.copyOf(runs);
        }
    }

    /**
     * An agent left out of an env.
     *
     * @param agent the agent's display name
     * @param reason why: {@code not applicable: <the provider's message>}
     */
    public record Skipped(String agent, String reason) {

        /** Requires both parts. */
        public Skipped {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
