/**
 * JMH benchmarks of what users pay for (style rule R20): key derivation
 * ({@link io.aifgym.bench.jmh.KeyBenchmark}) and the per-step overhead of the env API and
 * {@link io.aifgym.gym.vector.VectorEnv} on a trivial env
 * ({@link io.aifgym.bench.jmh.TrivialEnvVectorBenchmark}), beside benchmarks of real envs and
 * agents. Run them with {@code ./aifgym bench [JMH options] [REGEX]}, for example
 * {@code ./aifgym bench -f 1 -wi 2 -i 3 KeyBenchmark}, or with
 * {@code java -cp "$(cat benchmarks/target/classpath.txt):benchmarks/target/classes" org.openjdk.jmh.Main}.
 */
package io.aifgym.bench.jmh;
