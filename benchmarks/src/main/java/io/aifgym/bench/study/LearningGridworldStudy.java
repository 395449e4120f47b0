package io.aifgym.bench.study;

import io.aifgym.agents.aif.agent.AifAgent;
import io.aifgym.agents.aif.agent.AifConfig;
import io.aifgym.agents.aif.agent.AifState;
import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.bench.experiment.Progress;
import io.aifgym.bench.study.Scenario.Parameter;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Carry;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.tensor.DoubleTensor;
import io.aifgym.gym.vector.Parallel;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.vector.VectorReset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;

/**
 * Runs the learning-gridworld study: for every scenario and every {@code alpha}, a group of
 * agents explores the grid block by block and learns at the end of each block; the divergence
 * of what they learned from the truth is recorded after every block.
 *
 * <p><b>One group</b> (pymdp's notebook cell, spec 9.5): one {@link AifAgent} whose options are
 * {@link #agentConfig} and whose initial model is {@link Scenario#model}, on a
 * {@link VectorEnv} of {@code agents} copies of the 7x7 {@link GridWorld} ({@link #GRID}).
 * Block {@code b} is a fresh {@link Carry}: its env part is {@code venv.reset(blockKey.child(0))}
 * (agent {@code i} resets with its own key {@code blockKey.child(0).child(i)}), its agent states
 * are the previous block's learned states passed through {@link AifAgent#newEpisode} (beliefs
 * back to D, learned parameters kept) and its key is {@code blockKey.child(1)}; then
 * {@link Rollout#run} takes {@code T + 1} steps and calls {@link AifAgent#learnBlock} (offline
 * learning: exact smoothing, then the Dirichlet update) once at the end. The block keys are
 * {@code Key.of(seed).child(1).child(b)}, the same for every group and scenario, as the notebook
 * reuses its block keys for every group.
 *
 * <p><b>Threads.</b> Each (scenario, group) is an independent task. With many tasks for the
 * threads (at least three per thread) they run side by side, each on one thread; with fewer
 * (scenario 1 alone is five tasks) they run one after another and each spreads its agents over
 * all threads ({@link AifConfig#batchThreads()} for acting, {@link Rollout.Options#agentThreads()}
 * for learning, and the divergences), which keeps both cores busy. Agents never share a random
 * key or a state, so the results do not depend on the number of threads.
 */
public final class LearningGridworldStudy {

    /** The notebook's grid: 7x7, start (3, 3), no stay action, deterministic moves, no time limit. */
    public static final GridWorld.Config GRID = new GridWorld.Config(List.of(7, 7), List.of(), List.of(3, 3), false,
            1.0, false, List.of(), 1.0, 0.0, 0);

    /** The notebook's planning depth. */
    public static final int POLICY_LEN = 3;

    private LearningGridworldStudy() {
    }

    /**
     * The notebook's agent options for one group: {@code gamma = 1}, the given {@code alpha},
     * policy length 3, no utility, state and parameter information gain, stochastic selection
     * of full policies, {@code exact} inference with one iteration, offline learning of what the
     * scenario learns.
     *
     * @param scenario the scenario
     * @param alpha the action precision
     * @return the options
     */
    public static AifConfig agentConfig(Scenario scenario, double alpha) {
        return AifConfig.DEFAULT
                .withPolicyLen(POLICY_LEN)
                .withInference(AifConfig.Algorithm.EXACT, 1)
                .withPrecisions(1.0, alpha)
                .withActionSelection(AifConfig.Selection.STOCHASTIC, SamplingMode.FULL)
                .withTerms(false, true, true)
                .withLearning(AifConfig.LearningMode.OFFLINE, scenario.learnA(), scenario.learnB());
    }

    /**
     * The bytes the study's result holds at the least, 8 a number: for every agent of every group
     * of every scenario, its learned {@code pA} and {@code pB} (kept for the figures) and its two
     * divergences per tracked parameter and block. A study whose result alone would not fit in
     * the heap cannot run.
     *
     * @param settings what to run
     * @return the bytes (saturated at {@link Long#MAX_VALUE})
     */
    public static long resultBytes(StudySettings settings) {
        GenerativeProcess truth = new GridWorld(GRID).generativeProcess();
        double perAgent = 0;
        for (Scenario scenario : Scenario.of(settings.scenarios())) {
            GenerativeModel model = scenario.model(truth);
            perAgent += model.pA(0).map(DoubleTensor::size).orElse(0) + model.pB(0).map(DoubleTensor::size).orElse(0)
                    + 2.0 * scenario.tracked().size() * settings.blocksOf(scenario);
        }
        return (long) Math.min(Long.MAX_VALUE, perAgent * Double.BYTES * settings.agents() * settings.alphas().size());
    }

    /**
     * Runs the study.
     *
     * @param settings what to run
     * @param progress told the agent steps done so far and the total after every block of every
     *     group (from the worker threads, one call at a time, in increasing order)
     * @return the curves and final parameters of every scenario and group
     */
    public static StudyResult run(StudySettings settings, Progress progress) {
        List<Scenario> scenarios = Scenario.of(settings.scenarios());
        List<Double> alphas = settings.alphas();
        long total = settings.totalAgentSteps();
        long[] done = {0};
        LongConsumer stepsDone = steps -> {
            synchronized (done) {
                done[0] += steps;
                progress.update(done[0], total);
            }
        };
        record Task(int scenario, int group) {
        }
        List<Task> tasks = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            for (int g = 0; g < alphas.size(); g++) {
                tasks.add(new Task(s, g));
            }
        }
        // longest first, for a better balance; the results are placed by index whatever the order
        List<Task> order = new ArrayList<>(tasks);
        order.sort(Comparator.comparingInt((Task t) -> -settings.blocksOf(scenarios.get(t.scenario()))));
        GroupResult[][] groups = new GroupResult[scenarios.size()][alphas.size()];
        double[][] seconds = new double[scenarios.size()][alphas.size()];
        int inner = innerThreads(settings.threads(), tasks.size());
        int outer = Math.max(1, settings.threads() / inner);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(outer, tasks.size()), r -> {
            Thread t = new Thread(r, "learning-gridworld");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Task t : order) {
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    groups[t.scenario()][t.group()] = runGroup(scenarios.get(t.scenario()), alphas.get(t.group()),
                            settings, inner, stepsDone);
                    seconds[t.scenario()][t.group()] = (System.nanoTime() - t0) * 1e-9;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("learning-gridworld: interrupted", e);
        } catch (ExecutionException e) {
            throw failure(e);
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - start) * 1e-9;
        List<ScenarioResult> out = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            double groupSeconds = 0;
            for (double v : seconds[s]) {
                groupSeconds += v;
            }
            out.add(new ScenarioResult(scenarios.get(s), settings.blocksOf(scenarios.get(s)), List.of(groups[s]),
                    groupSeconds));
        }
        return new StudyResult(settings, out, wall);
    }

    /**
     * How many threads each task spreads its agents over: all of them when there are fewer than
     * three tasks per thread, else one.
     *
     * @param threads the study's threads
     * @param tasks the number of (scenario, group) tasks
     * @return the threads per task
     */
    static int innerThreads(int threads, int tasks) {
        return tasks >= 3 * threads ? 1 : threads;
    }

    /**
     * Runs one group of one scenario for all its blocks.
     *
     * @param scenario the scenario
     * @param alpha the group's action precision
     * @param settings the settings (agents, steps, blocks, seed)
     * @param threads the threads to spread the group's agents over (1: the calling thread)
     * @param stepsDone told the agent steps of every finished block
     * @return the group's curves and final parameters
     */
    public static GroupResult runGroup(Scenario scenario, double alpha, StudySettings settings, int threads,
            LongConsumer stepsDone) {
        GroupRun group = new GroupRun(scenario, alpha, settings, threads);
        for (int b = 0; b < settings.blocksOf(scenario); b++) {
            stepsDone.accept(group.runBlock());
        }
        return group.result();
    }

    /**
     * Runs the study with checkpoints: the scenarios one after another and, within a scenario,
     * all its groups block by block (side by side), so that at every block boundary every group
     * of the scenario has run the same blocks; there {@code checkpoints} may save the study
     * (and stop it). Started from a checkpoint, it continues where the checkpoint left off. The
     * results are those of {@link #run(StudySettings, Progress)}, bit for bit.
     *
     * @param settings what to run
     * @param progress told the agent steps done so far and the total after every block
     * @param checkpoints writes checkpoints and says whether to go on
     * @param from the checkpoint to continue from, or {@code null} to start from the beginning
     * @return the study, or empty if {@code checkpoints} stopped it at a boundary
     */
    public static Optional<StudyResult> runCheckpointed(StudySettings settings, Progress progress,
            StudyCheckpoints checkpoints, StudyCheckpoint from) {
        List<Scenario> scenarios = Scenario.of(settings.scenarios());
        List<Double> alphas = settings.alphas();
        int inner = innerThreads(settings.threads(), alphas.size());
        int outer = Math.max(1, Math.min(alphas.size(), settings.threads() / inner));
        long total = settings.totalAgentSteps();
        long done = 0;
        long start = System.nanoTime();
        List<List<GroupRun>> runs = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            List<GroupRun> groups = new ArrayList<>();
            for (double alpha : alphas) {
                groups.add(new GroupRun(scenario, alpha, settings, inner));
            }
            runs.add(groups);
        }
        if (from != null) {
            done = checkpoints.restore(from, runs);
            progress.update(done, total);
        }
        ExecutorService pool = Executors.newFixedThreadPool(outer, r -> {
            Thread t = new Thread(r, "learning-gridworld");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int s = 0; s < scenarios.size(); s++) {
                List<GroupRun> groups = runs.get(s);
                int blocks = settings.blocksOf(scenarios.get(s));
                while (groups.get(0).blocksDone() < blocks) {
                    List<Future<Long>> futures = new ArrayList<>();
                    for (GroupRun g : groups) {
                        futures.add(pool.submit(g::runBlock));
                    }
                    for (Future<Long> f : futures) {
                        done += f.get();
                    }
                    progress.update(done, total);
                    boolean last = s == scenarios.size() - 1 && groups.get(0).blocksDone() == blocks;
                    if (!last && !checkpoints.atBoundary(groups.get(0).blocksDone(), runs.subList(0, s + 1))) {
                        return Optional.empty();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("learning-gridworld: interrupted", e);
        } catch (ExecutionException e) {
            throw failure(e);
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - start) * 1e-9;
        List<ScenarioResult> out = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            List<GroupResult> results = new ArrayList<>();
            for (GroupRun g : runs.get(s)) {
                results.add(g.result());
            }
            out.add(new ScenarioResult(scenarios.get(s), settings.blocksOf(scenarios.get(s)), results, wall));
        }
        return Optional.of(new StudyResult(settings, out, wall));
    }

    /**
     * The key of block {@code b}: {@code root.child(1).child(b)} (child 0 of the root initialises
     * the agents).
     *
     * @param root the root key
     * @param block the block, from 0
     * @return its key
     */
    public static Key blockKey(Key root, int block) {
        return root.child(1).child(block);
    }

    /**
     * One block of the notebook's loop: a fresh {@link Carry} whose env part is
     * {@code venv.reset(blockKey.child(0))} (one key per agent), whose agent states are
     * {@code states} passed through {@link AifAgent#newEpisode} (beliefs back to D, learned
     * parameters kept) and whose key is {@code blockKey.child(1)}; then {@link Rollout#run} for
     * {@code agentSteps} steps with offline learning at the end ({@link AifAgent#learnBlock}).
     *
     * @param runner the agent the rollout runs: {@code aif} itself, or a wrapper that observes it
     * @param aif the active inference agent (for {@link AifAgent#newEpisode})
     * @param venv the vector env, one slot per agent
     * @param states the agents' states after the previous block (or their initial states)
     * @param blockKey the block's key
     * @param agentSteps the agent steps of the block ({@code T + 1})
     * @param threads the threads over which the agents learn
     * @return the rollout's result: the carry holds the learned states
     */
    public static Rollout.Result<AifState, GridWorld.State, int[], int[]> runBlock(
            Agent<AifState, int[], int[]> runner, AifAgent aif, VectorEnv<GridWorld.State, int[], int[]> venv,
            List<AifState> states, Key blockKey, int agentSteps, int threads) {
        VectorReset<GridWorld.State, int[]> reset = venv.reset(blockKey.child(0));
        List<AifState> fresh = new ArrayList<>(states.size());
        for (AifState s : states) {
            fresh.add(aif.newEpisode(s));
        }
        Carry<AifState, GridWorld.State, int[]> carry = new Carry<>(fresh, reset.state(), reset.observations(),
                blockKey.child(1));
        return Rollout.run(runner, venv, agentSteps, carry, new Rollout.Options(true, threads));
    }

    /** The failure of a group task as it was thrown (an unchecked exception or error), else wrapped. */
    private static RuntimeException failure(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error err) {
            throw err;
        }
        return cause instanceof RuntimeException re ? re
                : new IllegalStateException("learning-gridworld: " + cause, cause);
    }
}
