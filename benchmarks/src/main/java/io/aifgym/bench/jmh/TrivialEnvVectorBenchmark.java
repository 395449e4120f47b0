package io.aifgym.bench.jmh;

import io.aifgym.bench.trivial.CounterEnv;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.vector.AutoresetMode;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.vector.VectorState;
import io.aifgym.gym.vector.VectorStep;
import io.aifgym.gym.wrap.AutoReset;
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
 * Env steps per second of a {@link CounterEnv}, whose own work is negligible, so the score is
 * the overhead of the public API on one thread: {@code envStep} calls {@code Env.step}
 * directly; {@code autoResetStep} adds the per-slot work of a vector env (a derived key and
 * the {@link AutoReset} wrapper with its state record); {@code vectorStep} steps
 * {@code numEnvs} copies through {@link VectorEnv#step}. Every invocation does
 * {@value #ENV_STEPS} env steps, so the score is env steps per second. The target is at
 * least 10 million per second per core.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TrivialEnvVectorBenchmark {

    /** Env steps per benchmark invocation. */
    public static final int ENV_STEPS = 4096;
    private static final int LENGTH = 100;

    /** Creates the benchmark (JMH calls this). */
    public TrivialEnvVectorBenchmark() {
        // stateless; the states below hold the envs
    }

    /** One env stepped directly. */
    @State(Scope.Thread)
    public static class Scalar {
        CounterEnv env;
        AutoReset<Integer, Integer, Integer> autoReset;
        AutoReset.State<Integer, Integer> autoResetState;
        Integer state;
        Key key;
        long t;

        /** Makes the env and resets it. */
        @Setup(Level.Trial)
        public void setUp() {
            env = new CounterEnv(LENGTH);
            autoReset = new AutoReset<>(env, AutoresetMode.SAME_STEP);
            key = Key.of(7);
            state = env.reset(key).state();
            autoResetState = autoReset.reset(key).state();
        }
    }

    /** {@code numEnvs} copies in a vector env. */
    @State(Scope.Thread)
    public static class Vector {
        /** The number of env copies. */
        @Param({"1", "16", "256", "4096"})
        public int numEnvs;
        VectorEnv<Integer, Integer, Integer> venv;
        VectorState<Integer, Integer> state;
        List<Integer> actions;
        Key key;
        long t;

        /** Makes the vector env and resets it. */
        @Setup(Level.Trial)
        public void setUp() {
            venv = VectorEnv.of(new CounterEnv(LENGTH), numEnvs);
            key = Key.of(7);
            state = venv.reset(key).state();
            actions = Collections.nCopies(numEnvs, 1);
        }
    }

    /**
     * {@code Env.step} alone, resetting by hand at the end of an episode.
     *
     * @param s the env
     * @param bh the sink for every step
     */
    @Benchmark
    @OperationsPerInvocation(ENV_STEPS)
    public void envStep(Scalar s, Blackhole bh) {
        Integer state = s.state;
        for (int i = 0; i < ENV_STEPS; i++) {
            Step<Integer, Integer> step = s.env.step(s.key, state, 1);
            state = step.terminated() ? s.env.reset(s.key).state() : step.state();
            bh.consume(step);
        }
        s.state = state;
    }

    /**
     * One slot's work in a vector env: a key derived per step and the {@link AutoReset} wrapper.
     *
     * @param s the env
     * @param bh the sink for every step
     */
    @Benchmark
    @OperationsPerInvocation(ENV_STEPS)
    public void autoResetStep(Scalar s, Blackhole bh) {
        AutoReset.State<Integer, Integer> state = s.autoResetState;
        for (int i = 0; i < ENV_STEPS; i++) {
            Step<AutoReset.State<Integer, Integer>, Integer> step = s.autoReset.step(s.key.fold(s.t++), state, 1);
            state = step.state();
            bh.consume(step);
        }
        s.autoResetState = state;
    }

    /**
     * {@code VectorEnv.step} over {@code numEnvs} copies, {@code ENV_STEPS / numEnvs} times.
     *
     * @param v the vector env
     * @param bh the sink for every vector step
     */
    @Benchmark
    @OperationsPerInvocation(ENV_STEPS)
    public void vectorStep(Vector v, Blackhole bh) {
        VectorState<Integer, Integer> state = v.state;
        int steps = ENV_STEPS / v.numEnvs;
        for (int i = 0; i < steps; i++) {
            VectorStep<Integer, Integer> step = v.venv.step(v.key.fold(v.t++), state, v.actions);
            state = step.state();
            bh.consume(step);
        }
        v.state = state;
    }
}
