/**
 * Trivial envs whose own work is negligible, so stepping them measures the overhead of the
 * public API itself (keys, records, {@link io.aifgym.gym.vector.VectorEnv}, auto-reset);
 * used by {@link io.aifgym.bench.jmh.TrivialEnvVectorBenchmark}.
 */
package io.aifgym.bench.trivial;
