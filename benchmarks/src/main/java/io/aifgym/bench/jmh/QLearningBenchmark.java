package io.aifgym.bench.jmh;

import io.aifgym.agents.baselines.tabular.TabularConfig;
import io.aifgym.agents.baselines.tabular.TdAgent;
import io.aifgym.agents.baselines.tabular.TdMethod;
import io.aifgym.agents.baselines.tabular.TdState;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Carry;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.vector.VectorReset;
import io.aifgym.gym.vector.VectorState;
import io.aifgym.gym.vector.VectorStep;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Agent-steps per second of tabular Q-learning ({@link TdAgent}, {@link TdMethod#Q_LEARNING},
 * {@link TabularConfig#DEFAULT}) on a 7x7 {@link GridWorld} with a goal in the far corner, a
 * uniform start and a 100-step limit, through a {@link VectorEnv} of {@code numEnvs} slots
 * (one agent per slot) on one thread. An agent-step is one act, one env step and one learn.
 * Every invocation does {@value #AGENT_STEPS} agent-steps and carries the agents and envs on
 * to the next, so the agents keep learning across the whole measurement.
 *
 * <ul>
 *   <li>{@code rollout}: {@link Rollout#run} (what the harness pays, with the trajectory it
 *       records);</li>
 *   <li>{@code actStepLearn}: the same loop written out ({@code actBatch}, {@code VectorEnv.step},
 *       {@code learn}), without the trajectory;</li>
 *   <li>{@code envStepOnly}: the baseline, {@code VectorEnv.step} with a fixed action and no
 *       agent.</li>
 * </ul>
 *
 * <p>The target of issue 6 is at least 5 million agent-steps per second per core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QLearningBenchmark {

    /** Agent-steps per benchmark invocation. */
    public static final int AGENT_STEPS = 4096;

    /** Creates the benchmark (JMH calls this). */
    public QLearningBenchmark() {
        // stateless; the state below holds the agents and envs
    }

    /** The env, the agent and the carry of {@code numEnvs} slots. */
    @State(Scope.Thread)
    public static class Grid {
        /** The number of env slots (and agents). */
        @Param({"1", "16", "256"})
        public int numEnvs;
        TdAgent<int[], int[]> agent;
        VectorEnv<TimeLimit.State<GridWorld.State>, int[], int[]> venv;
        Carry<TdState, TimeLimit.State<GridWorld.State>, int[]> carry;
        Key key;
        long t;
        VectorState<TimeLimit.State<GridWorld.State>, int[]> envState;
        List<int[]> fixedActions;

        /** Builds the 7x7 grid with a goal, the agents and the initial carry. */
        @Setup(Level.Trial)
        public void setUp() {
            GridWorld.Config config = new GridWorld.Config(List.of(7, 7), List.of(), null, false, 1.0, false,
                    List.of(List.of(6, 6)), 1.0, 0.0, 100);
            Env<TimeLimit.State<GridWorld.State>, int[], int[]> env = new TimeLimit<>(new GridWorld(config), 100);
            venv = VectorEnv.of(env, numEnvs);
            agent = TdAgent.of(TdMethod.Q_LEARNING, TabularConfig.DEFAULT, env);
            key = Key.of(42);
            carry = Rollout.start(agent, venv, key);
            VectorReset<TimeLimit.State<GridWorld.State>, int[]> reset = venv.reset(key.child(3));
            envState = reset.state();
            fixedActions = Collections.nCopies(numEnvs, new int[] {GridWorld.RIGHT});
        }
    }

    /**
     * {@link Rollout#run} for {@code AGENT_STEPS / numEnvs} steps from the last carry, online
     * learning only.
     *
     * @param g the grid, agents and carry
     * @return the result, for the blackhole
     */
    @Benchmark
    @OperationsPerInvocation(AGENT_STEPS)
    public Rollout.Result<TdState, TimeLimit.State<GridWorld.State>, int[], int[]> rollout(Grid g) {
        Rollout.Result<TdState, TimeLimit.State<GridWorld.State>, int[], int[]> r = Rollout.run(g.agent, g.venv,
                AGENT_STEPS / g.numEnvs, g.carry, new Rollout.Options(false, 1));
        g.carry = r.carry();
        return r;
    }

    /**
     * The act, step, learn loop without a trajectory, with the rollout's key structure.
     *
     * @param g the grid, agents and carry
     * @param bh the sink for every vector step
     */
    @Benchmark
    @OperationsPerInvocation(AGENT_STEPS)
    public void actStepLearn(Grid g, Blackhole bh) {
        int n = g.numEnvs;
        List<TdState> states = g.carry.agentStates();
        List<int[]> obs = g.carry.observations();
        VectorState<TimeLimit.State<GridWorld.State>, int[]> envState = g.carry.envState();
        Key key = g.carry.key();
        for (int step = AGENT_STEPS / n; step > 0; step--) {
            List<Decision<TdState, int[]>> decisions = g.agent.actBatch(key.child(0), states, obs);
            List<int[]> actions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                actions.add(decisions.get(i).action());
            }
            VectorStep<TimeLimit.State<GridWorld.State>, int[]> s = g.venv.step(key.child(1), envState, actions);
            List<TdState> learned = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int[] next = s.finalObservation(i) != null ? s.finalObservation(i) : s.observations().get(i);
                learned.add(g.agent.learn(decisions.get(i).state(), new Transition<>(obs.get(i), actions.get(i),
                        s.reward(i), next, s.terminated(i), s.truncated(i))));
            }
            bh.consume(s);
            states = learned;
            obs = s.observations();
            envState = s.state();
            key = key.child(2);
        }
        g.carry = new Carry<>(states, envState, obs, key);
    }

    /**
     * The baseline: {@code VectorEnv.step} with a fixed action, no agent.
     *
     * @param g the grid
     * @param bh the sink for every vector step
     */
    @Benchmark
    @OperationsPerInvocation(AGENT_STEPS)
    public void envStepOnly(Grid g, Blackhole bh) {
        VectorState<TimeLimit.State<GridWorld.State>, int[]> state = g.envState;
        for (int step = AGENT_STEPS / g.numEnvs; step > 0; step--) {
            VectorStep<TimeLimit.State<GridWorld.State>, int[]> s = g.venv.step(g.key.fold(g.t++), state,
                    g.fixedActions);
            state = s.state();
            bh.consume(s);
        }
        g.envState = state;
    }
}
