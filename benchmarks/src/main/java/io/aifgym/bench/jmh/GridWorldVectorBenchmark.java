package io.aifgym.bench.jmh;

import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.vector.VectorState;
import io.aifgym.gym.vector.VectorStep;
import java.util.ArrayList;
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
 * Env steps per second of pymdp's 7x7 {@link GridWorld} (the learning notebook's grid: start
 * (3, 3), four moves) stepped through a {@link VectorEnv} of {@value #NUM_ENVS} copies on one
 * thread. {@code vectorStep} is the measured operation: one {@code VectorEnv.step} is
 * {@value #NUM_ENVS} env steps, so the score is env steps per second (target: 10 million per
 * core). {@code envStep} steps one env {@value #NUM_ENVS} times directly, the floor under the
 * vector env's per-slot overhead (a derived key, the autoreset wrapper and its state record).
 * {@code successProb = 1} takes the deterministic path (no random draw); {@code 0.8} samples
 * every possible move. Random actions are drawn once, in the setup, into {@value #BATCHES}
 * batches that the measured loop cycles through.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GridWorldVectorBenchmark {

    /** The number of env copies, and env steps per invocation. */
    public static final int NUM_ENVS = 1024;
    /** The number of precomputed action batches. */
    public static final int BATCHES = 64;

    /** Creates the benchmark (JMH calls this). */
    public GridWorldVectorBenchmark() {
        // stateless; the state below holds the envs
    }

    /** The grid world, its vector env and the precomputed actions. */
    @State(Scope.Thread)
    public static class Grid {
        /** The probability that a possible move happens. */
        @Param({"1.0", "0.8"})
        public double successProb;
        GridWorld env;
        VectorEnv<GridWorld.State, int[], int[]> venv;
        VectorState<GridWorld.State, int[]> state;
        GridWorld.State[] scalarStates;
        List<List<int[]>> actions;
        Key key;
        long t;

        /** Makes the envs, resets them and draws the action batches. */
        @Setup(Level.Trial)
        public void setUp() {
            env = new GridWorld(new GridWorld.Config(List.of(7, 7), List.of(), List.of(3, 3), false, successProb,
                    false, List.of(), 1.0, 0.0, 0));
            venv = VectorEnv.of(env, NUM_ENVS);
            key = Key.of(11);
            state = venv.reset(key).state();
            scalarStates = new GridWorld.State[NUM_ENVS];
            for (int i = 0; i < NUM_ENVS; i++) {
                scalarStates[i] = state.envState(i);
            }
            Key actionKey = Key.of(12);
            actions = new ArrayList<>(BATCHES);
            for (int b = 0; b < BATCHES; b++) {
                List<int[]> batch = new ArrayList<>(NUM_ENVS);
                for (int i = 0; i < NUM_ENVS; i++) {
                    batch.add(new int[] {actionKey.fold(b).child(i).nextInt(env.numActions())});
                }
                actions.add(List.copyOf(batch));
            }
        }
    }

    /**
     * One {@code VectorEnv.step} of every copy.
     *
     * @param g the grid world state
     * @return the vector step, consumed by JMH
     */
    @Benchmark
    @OperationsPerInvocation(NUM_ENVS)
    public VectorStep<GridWorld.State, int[]> vectorStep(Grid g) {
        long t = g.t++;
        VectorStep<GridWorld.State, int[]> step = g.venv.step(g.key.fold(t), g.state,
                g.actions.get((int) (t % BATCHES)));
        g.state = step.state();
        return step;
    }

    /**
     * {@code GridWorld.step} called directly for every copy, with the same keys as the vector env.
     *
     * @param g the grid world state
     * @param bh the sink for every step
     */
    @Benchmark
    @OperationsPerInvocation(NUM_ENVS)
    public void envStep(Grid g, Blackhole bh) {
        long t = g.t++;
        Key stepKey = g.key.fold(t);
        List<int[]> batch = g.actions.get((int) (t % BATCHES));
        GridWorld.State[] states = g.scalarStates;
        for (int i = 0; i < NUM_ENVS; i++) {
            Step<GridWorld.State, int[]> step = g.env.step(stepKey.child(i), states[i], batch.get(i));
            states[i] = step.state();
            bh.consume(step);
        }
    }
}
