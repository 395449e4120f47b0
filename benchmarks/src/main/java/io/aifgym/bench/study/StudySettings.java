package io.aifgym.bench.study;

import java.util.ArrayList;
import java.util.List;

/**
 * What to run of the learning-gridworld study. The defaults are the notebook's: all six
 * scenarios with their own numbers of blocks, five groups with {@code alpha} = 0, 0.2, 0.4,
 * 0.6, 0.8 of 20 agents each, blocks of {@code steps = 50} (so 51 agent steps, pymdp's
 * {@code rollout(agent, env, 50, key)}), seed 0.
 *
 * @param scenarios the scenario numbers to run, in order, no repeats
 * @param blocks the number of blocks of every scenario, or 0 for each scenario's own
 * @param agents the agents per group, positive
 * @param steps pymdp's {@code num_timesteps} T of a block: the block runs {@code T + 1} agent steps
 * @param seed the root seed
 * @param threads worker threads over the (scenario, group) runs, positive; results do not depend on it
 * @param alphas the action precision of each group, non-negative
 */
public record StudySettings(List<Integer> scenarios, int blocks, int agents, int steps, long seed, int threads,
        List<Double> alphas) {

    /** The notebook's groups. */
    public static final List<Double> NOTEBOOK_ALPHAS = List.of(0.0, 0.2, 0.4, 0.6, 0.8);
    /** The notebook's batch size. */
    public static final int NOTEBOOK_AGENTS = 20;
    /** The notebook's {@code num_timesteps}. */
    public static final int NOTEBOOK_STEPS = 50;

    /** Validates every field and copies the lists. */
    public StudySettings {
        scenarios = List.copyOf(scenarios);
        alphas = List.copyOf(alphas);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("scenarios: expected at least one scenario number, found none");
        }
        List<Integer> seen = new ArrayList<>();
        for (int s : scenarios) {
            Scenario.of(s);
            if (seen.contains(s)) {
                throw new IllegalArgumentException("scenarios: expected each scenario once, found " + s + " twice");
            }
            seen.add(s);
        }
        if (blocks < 0) {
            throw new IllegalArgumentException("blocks: expected a positive number of blocks (or 0 for each "
                    + "scenario's own), found " + blocks);
        }
        if (agents <= 0) {
            throw new IllegalArgumentException("agents: expected at least 1 agent per group, found " + agents);
        }
        if (steps <= 0) {
            throw new IllegalArgumentException("steps: expected at least 1 step per block, found " + steps);
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("threads: expected at least 1 thread, found " + threads);
        }
        if (alphas.isEmpty()) {
            throw new IllegalArgumentException("alphas: expected at least one group, found none");
        }
        for (double a : alphas) {
            if (!(a >= 0) || Double.isInfinite(a)) {
                throw new IllegalArgumentException("alphas: expected finite non-negative action precisions, found "
                        + a);
            }
        }
    }

    /**
     * The notebook's study: every scenario, its own blocks, 5 groups of 20 agents, T = 50.
     *
     * @param seed the root seed
     * @param threads the worker threads
     * @return the settings
     */
    public static StudySettings notebook(long seed, int threads) {
        return new StudySettings(List.of(1, 2, 3, 4, 5, 6), 0, NOTEBOOK_AGENTS, NOTEBOOK_STEPS, seed, threads,
                NOTEBOOK_ALPHAS);
    }

    /**
     * The number of blocks a scenario runs under these settings.
     *
     * @param scenario the scenario
     * @return {@link #blocks} if set, else the scenario's own
     */
    public int blocksOf(Scenario scenario) {
        return blocks > 0 ? blocks : scenario.defaultBlocks();
    }

    /** @return the agent steps of one block, {@code steps + 1} */
    public int agentStepsPerBlock() {
        return steps + 1;
    }

    /** @return the agent steps of the whole study */
    public long totalAgentSteps() {
        long total = 0;
        for (int s : scenarios) {
            total += (long) blocksOf(Scenario.of(s)) * agentStepsPerBlock() * agents * alphas.size();
        }
        return total;
    }

    /**
     * The same settings with other scenarios.
     *
     * @param numbers the scenario numbers
     * @return the new settings
     */
    public StudySettings withScenarios(List<Integer> numbers) {
        return new StudySettings(numbers, blocks, agents, steps, seed, threads, alphas);
    }

    /**
     * The same settings on another number of threads.
     *
     * @param n the threads
     * @return the new settings
     */
    public StudySettings withThreads(int n) {
        return new StudySettings(scenarios, blocks, agents, steps, seed, n, alphas);
    }
}
