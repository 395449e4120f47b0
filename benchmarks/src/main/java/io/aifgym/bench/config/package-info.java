/**
 * Experiment configs: {@link io.aifgym.bench.config.ExperimentConfig} (env and agent by id
 * with their config records, seed, number of envs, steps or episodes, threads, output
 * folder), read from JSON or YAML by {@link io.aifgym.bench.config.ConfigLoader} in two
 * phases (read a tree, look the provider up by id, bind its config record over the
 * provider's defaults). Every problem of a file is collected into one
 * {@link io.aifgym.bench.config.ConfigException}, numbered, each with its path in the file,
 * what was expected and what was found (Guice's {@code CreationException} style).
 */
package io.aifgym.bench.config;
