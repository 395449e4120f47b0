package io.aifgym.bench.compare;

import io.aifgym.bench.config.ConfigException;
import io.aifgym.bench.config.ConfigProblem;
import io.aifgym.bench.experiment.Progress;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.registry.AgentRegistry;
import io.aifgym.gym.registry.EnvRegistry;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Makes and runs comparisons. {@link #prepare} makes every env and asks each agent's provider
 * to make the agent for it: an {@link IllegalArgumentException} from the provider means the
 * agent cannot act in that env ("not applicable: the provider's message"), and the agent is
 * left out of that env with a note, unless the env's {@code agentConfigs} set the agent's
 * config there, or the provider rejects a field of the agent's config (such as a
 * {@code policyLen} whose policy tree would not fit in memory), in which case it is a problem
 * of the file. {@link #run} runs every (env, agent, seed) as an independent task on a fixed pool
 * of {@code threads} threads; each task makes its own agent and derives its own keys
 * ({@link PairedKeys}), so the result is the same, bit for bit, on any number of threads.
 */
public final class CompareRunner {

    private final EnvRegistry envs;
    private final AgentRegistry agents;
    private final PairedKeys keys = new PairedKeys();

    /**
     * A runner over the given registries.
     *
     * @param envs the env providers
     * @param agents the agent providers
     */
    @Inject
    public CompareRunner(EnvRegistry envs, AgentRegistry agents) {
        this.envs = Objects.requireNonNull(envs, "envs");
        this.agents = Objects.requireNonNull(agents, "agents");
    }

    /**
     * Makes the envs of a config and finds which agents can act in each.
     *
     * @param config the config
     * @param source the config's file, for messages
     * @return the plan
     * @throws ConfigException if an env provider rejects its config, an agent configured for an
     *     env in its {@code agentConfigs} cannot be made for it, or a provider rejects a field of
     *     an agent's config in an env
     */
    public ComparePlan prepare(CompareConfig config, String source) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<ComparePlan.PlannedEnv> planned = new ArrayList<>();
        for (int i = 0; i < config.envs().size(); i++) {
            CompareConfig.EnvEntry e = config.envs().get(i);
            String path = "envs[" + i + "]";
            Env<?, ?, ?> env;
            try {
                env = envs.make(e.env().id(), e.env().config());
            } catch (IllegalArgumentException ex) {
                problems.add(rejected(path, "config", e.env().config(), ex,
                        "an env that " + e.env().id() + " can make from this config"));
                continue;
            }
            List<ComparePlan.PlannedAgent> planAgents = new ArrayList<>();
            for (int j = 0; j < config.agents().size(); j++) {
                CompareConfig.AgentEntry a = config.agents().get(j);
                Record agentConfig = config.agentConfig(e, a);
                String notApplicable = null;
                try {
                    agents.make(a.agent().id(), agentConfig, env);
                } catch (IllegalArgumentException ex) {
                    if (e.agentConfigs().containsKey(a.name())) {
                        problems.add(rejected(path + ".agentConfigs", a.name(), agentConfig, ex,
                                "a config with which " + a.agent().id() + " can act in " + e.env().id()));
                        continue;
                    }
                    String at = "agents[" + j + "].config";
                    ConfigProblem field = ConfigProblem.rejected(at, ex.getMessage(), fields(agentConfig));
                    if (!field.path().equals(at)) {
                        problems.add(new ConfigProblem(field.path(), field.expected(), field.found() + " (in " + path
                                + ", " + e.name() + ")"));
                        continue;
                    }
                    notApplicable = "not applicable: " + oneLine(ex.getMessage());
                }
                planAgents.add(new ComparePlan.PlannedAgent(a, agentConfig, notApplicable));
            }
            planned.add(new ComparePlan.PlannedEnv(e, env, planAgents));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(source, problems);
        }
        return new ComparePlan(config, planned);
    }

    private static ConfigProblem rejected(String base, String field, Record config, IllegalArgumentException e,
            String expected) {
        String path = base + "." + field;
        ConfigProblem p = ConfigProblem.rejected(path, e.getMessage(), fields(config));
        return p.path().equals(path) ? new ConfigProblem(path, expected, p.found()) : p;
    }

    private static List<String> fields(Record config) {
        return Arrays.stream(config.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static String oneLine(String message) {
        String m = message == null ? "no reason given" : message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    /**
     * Runs every (env, agent, seed) of a plan on {@code config.threads()} threads.
     *
     * @param plan the plan
     * @param progress told the completed runs after each run ends (from one thread at a time)
     * @return the runs, grouped by env and agent in config order, seeds in config order
     */
    public CompareResult run(ComparePlan plan, Progress progress) {
        return execute(plan, progress, null, null).orElseThrow();
    }

    /**
     * Runs a plan as {@link #run} does, writing checkpoints of the finished runs as it goes, and
     * skipping the runs a checkpoint holds: the result is the same, bit for bit, as
     * {@link #run}'s.
     *
     * @param plan the plan
     * @param progress told the completed runs (those of the checkpoint included)
     * @param checkpoints the checkpoint writer
     * @param from the checkpoint to resume ({@link CompareCheckpoints#read}), or null to start afresh
     * @return the runs, or empty if the checkpoint writer stopped the comparison
     * @throws io.aifgym.bench.checkpoint.CheckpointException if {@code from} does not fit the plan
     */
    public Optional<CompareResult> runCheckpointed(ComparePlan plan, Progress progress,
            CompareCheckpoints checkpoints, CompareCheckpoint from) {
        return execute(plan, progress, Objects.requireNonNull(checkpoints, "checkpoints"), from);
    }

    private Optional<CompareResult> execute(ComparePlan plan, Progress progress, CompareCheckpoints checkpoints,
            CompareCheckpoint from) {
        CompareConfig config = plan.config();
        List<Task> tasks = new ArrayList<>();
        for (ComparePlan.PlannedEnv e : plan.envs()) {
            for (ComparePlan.PlannedAgent a : e.agents()) {
                if (a.applicable()) {
                    for (long seed : config.seeds()) {
                        tasks.add(new Task(e, a, seed));
                    }
                }
            }
        }
        int total = tasks.size();
        RunOutcome[] outcomes = new RunOutcome[total];
        if (from != null) {
            checkpoints.restore(from, tasks.stream().map(Task::describe).toList(), outcomes);
        }
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (outcomes[i] == null) {
                pending.add(i);
            }
        }
        AtomicInteger done = new AtomicInteger(total - pending.size());
        AtomicBoolean stopped = new AtomicBoolean();
        Object lock = new Object();
        progress.update(done.get(), total);
        int threads = Math.min(config.threads(), Math.max(1, pending.size()));
        Consumer<Integer> runOne = index -> {
            if (stopped.get()) {
                return;
            }
            RunOutcome outcome = execute(tasks.get(index), config);
            synchronized (lock) {
                if (stopped.get()) {
                    return;
                }
                outcomes[index] = outcome;
                int finished = done.incrementAndGet();
                progress.update(finished, total);
                if (checkpoints != null && finished < total) {
                    boolean goOn = false;
                    try {
                        goOn = checkpoints.afterRun(outcomes);
                    } finally {
                        // a checkpoint that cannot be written (a full disk) stops the other runs too:
                        // none of them writes another one over the previous, whole checkpoint
                        stopped.set(!goOn);
                    }
                }
            }
        };
        if (threads == 1) {
            for (int index : pending) {
                runOne.accept(index);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
            try {
                List<Future<?>> futures = new ArrayList<>(pending.size());
                for (int index : pending) {
                    futures.add(pool.submit(() -> runOne.accept(index)));
                }
                for (int i = 0; i < pending.size(); i++) {
                    await(futures.get(i), tasks.get(pending.get(i)));
                }
            } finally {
                pool.shutdownNow();
            }
        }
        synchronized (lock) {
            return stopped.get() ? Optional.empty() : Optional.of(assemble(plan, outcomes));
        }
    }

    private static void await(Future<?> future, Task task) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(task + " failed: " + cause, cause);
        }
    }

    private RunOutcome execute(Task task, CompareConfig config) {
        ComparePlan.PlannedEnv e = task.env();
        ComparePlan.PlannedAgent a = task.agent();
        Agent<?, ?, ?> agent = agents.make(a.entry().agent().id(), a.config(), e.env());
        Key envKey = keys.envKey(task.seed(), e.entry().env().id(), e.entry().env().config());
        Key agentKey = keys.agentKey(envKey, a.entry().agent().id(), a.config());
        try {
            return PairedRun.run(agent, e.env(), e.entry(), a.entry().name(), task.seed(), config.numEnvs(),
                    config.blockSteps(), envKey, agentKey);
        } catch (RuntimeException ex) {
            throw new IllegalStateException(task + " failed: " + ex, ex);
        }
    }

    private static CompareResult assemble(ComparePlan plan, RunOutcome[] outcomes) {
        int next = 0;
        int seeds = plan.config().seeds().size();
        List<CompareResult.EnvRuns> out = new ArrayList<>();
        for (ComparePlan.PlannedEnv e : plan.envs()) {
            List<CompareResult.AgentRuns> ran = new ArrayList<>();
            List<CompareResult.Skipped> skipped = new ArrayList<>();
            for (ComparePlan.PlannedAgent a : e.agents()) {
                if (a.applicable()) {
                    ran.add(new CompareResult.AgentRuns(a.entry(), Arrays.asList(outcomes).subList(next, next + seeds)));
                    next += seeds;
                } else {
                    skipped.add(new CompareResult.Skipped(a.entry().name(), a.notApplicable()));
                }
            }
            out.add(new CompareResult.EnvRuns(e.entry(), ran, skipped));
        }
        return new CompareResult(plan.config(), out);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "aifgym-compare-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** One run to do. */
    private record Task(ComparePlan.PlannedEnv env, ComparePlan.PlannedAgent agent, long seed) {
        String describe() {
            return CompareCheckpoints.describe(env.entry().name(), agent.entry().name(), seed);
        }

        @Override
        public String toString() {
            return "run " + describe();
        }
    }
}
