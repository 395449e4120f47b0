package io.aifgym.bench.jmh;

import io.aifgym.agents.aif.agent.AifAgent;
import io.aifgym.agents.aif.agent.AifAgentProvider;
import io.aifgym.agents.aif.agent.AifConfig;
import io.aifgym.agents.aif.agent.AifState;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.vector.Parallel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Agent-steps per second of the whole {@link AifAgent} step, batched, on the model of the 7x7
 * GridWorld of issue 4 and pymdp's learning notebook: 49 locations observed through an
 * identity A, the four moves UP, RIGHT, DOWN, LEFT (no STAY), start in the centre, policy
 * length 3 (64 policies), state and parameter (pB) information gain on, utility off, exact
 * inference, stochastic full sampling with {@code alpha = 16}, a flat Dirichlet prior
 * {@code pB = 1/49} over the true B, and {@value #AGENTS} agents. One operation is one
 * agent-step.
 *
 * <ul>
 *   <li>{@code actBatch}: {@link AifAgent#actBatch} for the batch (infer states from the
 *       empirical prior, infer policies over the policy tree, sample an action), with B learned
 *       offline ({@code learningMode = OFFLINE}: the model is fixed within a block, as in the
 *       notebook); every call acts on the same states, which have taken a few steps so that
 *       the empirical prior is propagated through B;</li>
 *   <li>{@code actAndLearnOnline}: the same with online B learning and {@code fpi} inference
 *       (pymdp's non-windowed online mode; with {@code exact} or {@code ovf} pymdp re-smooths
 *       and re-counts a window of up to 32 steps at every step): act, step the env, and
 *       {@link AifAgent#learn} (the pB count of the step, the new B, the re-weighted novelty of
 *       the changed action slice), carrying the states from call to call.</li>
 * </ul>
 *
 * <p>{@code threads} is {@link AifConfig#batchThreads()}. Run with
 * {@code -jvmArgsAppend --add-modules=jdk.incubator.vector} for the Vector API kernel of the
 * planner (the plain-Java kernel otherwise).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AifAgentStepBenchmark {

    /** Agents in the batch. */
    public static final int AGENTS = 20;

    /** Creates the benchmark (JMH calls this). */
    public AifAgentStepBenchmark() {
        // stateless; the state below holds the agents
    }

    /** The env, the agents and their states. */
    @State(Scope.Thread)
    public static class Agents {
        /** Threads of the batch (one task per agent). */
        @Param({"1", "2"})
        public int threads;
        GridWorld env;
        AifAgent offline;
        AifAgent online;
        List<AifState> offlineStates;
        List<int[]> offlineObservations;
        List<AifState> onlineStates;
        List<int[]> onlineObservations;
        List<GridWorld.State> envStates;
        Key key;
        long step;

        /** Builds the env and the agents and walks every agent a few steps. */
        @Setup
        public void setUp() {
            env = new GridWorld(new GridWorld.Config(List.of(7, 7), List.of(), List.of(3, 3), false, 1.0, false,
                    List.of(), 1.0, 0.0, 0));
            AifConfig config = AifConfig.DEFAULT
                    .withPolicyLen(3)
                    .withInference(AifConfig.Algorithm.EXACT, 1)
                    .withTerms(false, true, true)
                    .withActionSelection(AifConfig.Selection.STOCHASTIC, io.aifgym.agents.aif.control.SamplingMode.FULL)
                    .withPrecisions(1.0, 16.0)
                    .withBatchThreads(threads)
                    .withModel(AifConfig.ModelPriors.DEFAULT.withPB(
                            new AifConfig.DirichletPrior(0.0, 1.0 / 49, false)));
            AifAgentProvider provider = new AifAgentProvider();
            offline = provider.create(config.withLearning(AifConfig.LearningMode.OFFLINE, false, true), env);
            online = provider.create(config.withInference(AifConfig.Algorithm.FPI, 16)
                    .withLearning(AifConfig.LearningMode.ONLINE, false, true), env);
            key = Key.of(2024);
            List<GridWorld.State> states = new ArrayList<>();
            List<int[]> obs = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                Reset<GridWorld.State, int[]> r = env.reset(key.child(i));
                states.add(r.state());
                obs.add(r.observation());
            }
            offlineStates = new ArrayList<>(offline.initBatch(key, AGENTS));
            offlineObservations = new ArrayList<>(obs);
            List<GridWorld.State> offlineEnv = new ArrayList<>(states);
            for (int t = 0; t < 5; t++) {
                walk(offline, offlineStates, offlineObservations, offlineEnv, key.fold(t));
            }
            onlineStates = new ArrayList<>(online.initBatch(key, AGENTS));
            onlineObservations = new ArrayList<>(obs);
            envStates = new ArrayList<>(states);
        }

        /** One step of every agent in its env: act, step, learn. */
        void walk(AifAgent agent, List<AifState> agentStates, List<int[]> observations, List<GridWorld.State> where,
                Key stepKey) {
            List<Decision<AifState, int[]>> decisions = agent.actBatch(stepKey.child(0), agentStates, observations);
            Parallel.forEach(AGENTS, threads, i -> {
                Decision<AifState, int[]> d = decisions.get(i);
                Step<GridWorld.State, int[]> s = env.step(stepKey.child(1).child(i), where.get(i), d.action());
                agentStates.set(i, agent.learn(d.state(), new Transition<>(observations.get(i), d.action(), s.reward(),
                        s.observation(), s.terminated(), s.truncated())));
                observations.set(i, s.observation());
                where.set(i, s.state());
            });
        }
    }

    /**
     * One batched step (state inference, policy inference, action sampling) of every agent.
     *
     * @param agents the agents
     * @return the decisions
     */
    @Benchmark
    @OperationsPerInvocation(AGENTS)
    public List<Decision<AifState, int[]>> actBatch(Agents agents) {
        return agents.offline.actBatch(agents.key.fold(agents.step++), agents.offlineStates,
                agents.offlineObservations);
    }

    /**
     * One batched step with online B learning, and the env step.
     *
     * @param agents the agents
     * @return the agents' states
     */
    @Benchmark
    @OperationsPerInvocation(AGENTS)
    public List<AifState> actAndLearnOnline(Agents agents) {
        agents.walk(agents.online, agents.onlineStates, agents.onlineObservations, agents.envStates,
                agents.key.fold(agents.step++));
        return agents.onlineStates;
    }
}
