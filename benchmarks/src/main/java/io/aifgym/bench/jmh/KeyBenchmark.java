package io.aifgym.bench.jmh;

import io.aifgym.gym.random.Key;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of deriving keys and drawing from them: every env step, agent decision and sample
 * pays some of these. Each derivation is one Philox-4x64-10 block; {@code split2} also
 * allocates the array.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KeyBenchmark {

    private Key key = Key.of(42);
    private long data;

    /** Creates the benchmark state (JMH calls this). */
    public KeyBenchmark() {
        // state is initialised in the fields
    }

    /**
     * {@code key.split(2)}: two children and their array.
     *
     * @return the children
     */
    @Benchmark
    public Key[] split2() {
        return key.split(2);
    }

    /**
     * {@code key.child(1)}: one child without an array.
     *
     * @return the child
     */
    @Benchmark
    public Key child() {
        return key.child(1);
    }

    /**
     * {@code key.fold(t)} with a changing {@code t}.
     *
     * @return the folded key
     */
    @Benchmark
    public Key fold() {
        return key.fold(data++);
    }

    /**
     * {@code key.uniform()}: one double from the key.
     *
     * @return the draw
     */
    @Benchmark
    public double uniform() {
        return key.uniform();
    }

    /**
     * The chain a rollout walks, {@code key = key.child(2)}: each call depends on the last.
     *
     * @return the next key
     */
    @Benchmark
    public Key childChain() {
        key = key.child(2);
        return key;
    }
}
