/**
 * Running an experiment: {@link io.aifgym.bench.experiment.ExperimentRunner} makes the env
 * and agent of an {@link io.aifgym.bench.config.ExperimentConfig} (an
 * {@link io.aifgym.bench.experiment.Experiment}), then runs the agent on a
 * {@link io.aifgym.gym.vector.VectorEnv} through {@link io.aifgym.gym.rollout.Rollout} in
 * chained blocks from the config's seed, and returns a
 * {@link io.aifgym.bench.experiment.RunResult} of completed episodes and step totals. It
 * reports progress through {@link io.aifgym.bench.experiment.Progress} and does no I/O.
 */
package io.aifgym.bench.experiment;
