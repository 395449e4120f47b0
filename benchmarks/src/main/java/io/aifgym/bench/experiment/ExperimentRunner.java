package io.aifgym.bench.experiment;

import io.aifgym.bench.config.ConfigException;
import io.aifgym.bench.config.ConfigProblem;
import io.aifgym.bench.config.ExperimentConfig;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import io.aifgym.gym.rollout.Carry;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.rollout.Trajectory;
import io.aifgym.gym.vector.VectorEnv;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Makes and runs experiments. {@link #prepare} makes the env (through the registry, which
 * adds the spec's time limit) and the agent, turning a rejected config into a
 * {@link ConfigException}; {@link #run} runs the agent on {@code numEnvs} copies of the env in
 * {@link io.aifgym.gym.vector.AutoresetMode#SAME_STEP} mode from {@code Key.of(seed)}: one
 * {@link Rollout#start}, then chained {@link Rollout#run} blocks of {@code blockSteps} steps
 * with offline learning at the end of each block, until the step limit or enough episodes.
 * The same config gives the same result, whatever the number of threads.
 */
public final class ExperimentRunner {

    private final EnvRegistry envs;
    private final AgentRegistry agents;

    /**
     * A runner over the given registries.
     *
     * @param envs the env providers
     * @param agents the agent providers
     */
    @Inject
    public ExperimentRunner(EnvRegistry envs, AgentRegistry agents) {
        this.envs = Objects.requireNonNull(envs, "envs");
        this.agents = Objects.requireNonNull(agents, "agents");
    }

    /**
     * Makes the env and the agent of a config.
     *
     * @param config the config
     * @param source the config's file, for messages
     * @return the experiment
     * @throws ConfigException if the env provider rejects its config, or the agent provider
     *     rejects its config or the env
     */
    public Experiment prepare(ExperimentConfig config, String source) {
        List<ConfigProblem> problems = new ArrayList<>();
        Env<?, ?, ?> env = null;
        try {
            env = envs.make(config.env().id(), config.env().config());
        } catch (IllegalArgumentException e) {
            problems.add(rejected("env", config.env().config(), e,
                    "an env that " + config.env().id() + " can make from this config"));
        }
        Agent<?, ?, ?> agent = null;
        if (env != null) {
            try {
                agent = agents.make(config.agent().id(), config.agent().config(), env);
            } catch (IllegalArgumentException e) {
                problems.add(rejected("agent", config.agent().config(), e,
                        "an agent that can act in " + config.env().id() + " with this config"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        return new Experiment(config, env, agent);
    }

    private static ConfigProblem rejected(String field, Record config, IllegalArgumentException e, String expected) {
        List<String> names = Arrays.stream(config.getClass().getRecordComponents()).map(RecordComponent::getName)
                .toList();
        ConfigProblem p = ConfigProblem.rejected(field + ".config", e.getMessage(), names);
        return p.path().equals(field + ".config") ? new ConfigProblem(field, expected, p.found()) : p;
    }

    /**
     * Runs an experiment.
     *
     * @param experiment the prepared experiment
     * @param progress where progress goes after each block
     * @return the episodes and totals
     */
    public RunResult run(Experiment experiment, Progress progress) {
        return run(experiment, progress, null, BlockListener.NONE).orElseThrow();
    }

    /**
     * The start of a run: the agents initialised and the envs reset from {@code Key.of(seed)},
     * nothing counted. {@link #run(Experiment, Progress, RunSnapshot, BlockListener)} from it is
     * the run from scratch.
     *
     * @param experiment the prepared experiment
     * @return the snapshot before the first block
     */
    @SuppressWarnings("unchecked")
    public RunSnapshot start(Experiment experiment) {
        return startTyped((Agent<Object, Object, Object>) experiment.agent(),
                (Env<Object, Object, Object>) experiment.env(), experiment.config());
    }

    private static <AS, ES, O, A> RunSnapshot startTyped(Agent<AS, O, A> agent, Env<ES, O, A> env,
            ExperimentConfig c) {
        VectorEnv<ES, O, A> venv = VectorEnv.of(env, c.numEnvs()).withThreads(c.threads());
        return new RunSnapshot(Rollout.start(agent, venv, Key.of(c.seed())), 0, 0, Tally.empty(c.numEnvs()));
    }

    /**
     * Runs an experiment from its start or resumes it from a snapshot, telling a listener at
     * every block boundary (before the first block and after each). A run resumed from the
     * snapshot of a boundary gives the same result, bit for bit, as the run that went through
     * that boundary without stopping, whatever the number of threads of either.
     *
     * @param experiment the prepared experiment
     * @param progress where progress goes after each block
     * @param from the snapshot to resume from, or null to start from the seed
     * @param listener told at each boundary; returning false stops the run there
     * @return the episodes and totals, or empty if the listener stopped the run
     * @throws IllegalArgumentException if the snapshot does not fit the experiment (another
     *     number of env copies, more steps than its limit)
     */
    @SuppressWarnings("unchecked")
    public Optional<RunResult> run(Experiment experiment, Progress progress, RunSnapshot from,
            BlockListener listener) {
        Objects.requireNonNull(listener, "listener");
        ExperimentConfig c = experiment.config();
        RunSnapshot snapshot = from != null ? from : start(experiment);
        if (snapshot.carry().envState().size() != c.numEnvs()) {
            throw new IllegalArgumentException("snapshot: expected " + c.numEnvs() + " env slots, found "
                    + snapshot.carry().envState().size());
        }
        if (snapshot.stepsPerEnv() > c.stepLimit()) {
            throw new IllegalArgumentException("snapshot.stepsPerEnv: expected at most the step limit "
                    + c.stepLimit() + ", found " + snapshot.stepsPerEnv());
        }
        return runTyped((Agent<Object, Object, Object>) experiment.agent(),
                (Env<Object, Object, Object>) experiment.env(), c, progress, snapshot, listener);
    }

    @SuppressWarnings("unchecked")
    private static <AS, ES, O, A> Optional<RunResult> runTyped(Agent<AS, O, A> agent, Env<ES, O, A> env,
            ExperimentConfig c, Progress progress, RunSnapshot from, BlockListener listener) {
        VectorEnv<ES, O, A> venv = VectorEnv.of(env, c.numEnvs()).withThreads(c.threads());
        Rollout.Options options = new Rollout.Options(true, c.threads());
        Carry<AS, ES, O> carry = (Carry<AS, ES, O>) from.carry();
        EpisodeTracker tracker = new EpisodeTracker(from.tally(), c.countsEpisodes() ? c.episodes()
                : Integer.MAX_VALUE);
        long total = c.countsEpisodes() ? c.episodes() : c.steps();
        long limit = c.stepLimit();
        long done = from.stepsPerEnv();
        long blocks = from.blocks();
        progress.update(c.countsEpisodes() ? tracker.recorded() : done, total);
        while (true) {
            boolean last = done >= limit || tracker.enough();
            Carry<AS, ES, O> here = carry;
            long stepsHere = done;
            long blocksHere = blocks;
            if (!listener.atBoundary(blocks, last, () -> new RunSnapshot(here, stepsHere, blocksHere,
                    tracker.tally()))) {
                return Optional.empty();
            }
            if (last) {
                break;
            }
            int block = (int) Math.min(c.blockSteps(), limit - done);
            Rollout.Result<AS, ES, O, A> r = Rollout.run(agent, venv, block, carry, options);
            tracker.add(r.trajectory(), done);
            carry = r.carry();
            done += block;
            blocks++;
            progress.update(c.countsEpisodes() ? tracker.recorded() : done, total);
        }
        return Optional.of(new RunResult(tracker.episodes, done, done * c.numEnvs(), tracker.totalReward,
                tracker.tally().means(), c.countsEpisodes() && !tracker.enough()));
    }

    /** Follows episodes across blocks (a trajectory alone counts only from its block's start). */
    private static final class EpisodeTracker {
        private final double[] returns;
        private final int[] lengths;
        private final int[] counts;
        private final int target;
        private final List<EpisodeRecord> episodes;
        private final Map<String, double[]> diagnostics = new HashMap<>();
        private double totalReward;

        EpisodeTracker(Tally from, int target) {
            this.returns = from.returns();
            this.lengths = from.lengths();
            this.counts = from.counts();
            this.target = target;
            this.episodes = new ArrayList<>(from.episodes());
            from.diagnostics().forEach((k, v) -> diagnostics.put(k, new double[] {v.sum(), v.count()}));
            this.totalReward = from.totalReward();
        }

        /** What has been counted so far, as a value. */
        Tally tally() {
            TreeMap<String, Tally.RunningMean> sums = new TreeMap<>();
            diagnostics.forEach((k, v) -> sums.put(k, new Tally.RunningMean(v[0], v[1])));
            return new Tally(returns, lengths, counts, episodes, sums, totalReward);
        }

        boolean enough() {
            return episodes.size() >= target;
        }

        int recorded() {
            return episodes.size();
        }

        void add(Trajectory<?, ?> t, long offset) {
            double[][] rewards = t.rewards();
            boolean[][] terminated = t.terminated();
            boolean[][] truncated = t.truncated();
            for (int s = 0; s < t.steps(); s++) {
                for (int i = 0; i < returns.length; i++) {
                    double r = rewards[s][i];
                    totalReward += r;
                    returns[i] += r;
                    lengths[i]++;
                    if (terminated[s][i] || truncated[s][i]) {
                        if (episodes.size() < target) {
                            episodes.add(new EpisodeRecord(i, counts[i], returns[i], lengths[i], terminated[s][i],
                                    offset + s));
                        }
                        counts[i]++;
                        returns[i] = 0;
                        lengths[i] = 0;
                    }
                }
            }
            for (Map.Entry<String, double[][]> e : t.diagnostics().entrySet()) {
                double[] sumCount = diagnostics.computeIfAbsent(e.getKey(), k -> new double[2]);
                for (double[] row : e.getValue()) {
                    for (double v : row) {
                        if (!Double.isNaN(v)) {
                            sumCount[0] += v;
                            sumCount[1]++;
                        }
                    }
                }
            }
        }
    }
}
