/**
 * {@code aifgym compare}: paired-seed comparisons of agents on the same envs. A
 * {@link io.aifgym.bench.compare.CompareConfig} (read by
 * {@link io.aifgym.bench.compare.CompareConfigLoader}) names envs with their budgets, agents
 * with their configs (and per-env agent configs), and seeds. The
 * {@link io.aifgym.bench.compare.CompareRunner} finds which agents can act in which env, then
 * runs every (env, agent, seed) as an independent task on a fixed thread pool, with keys from
 * {@link io.aifgym.bench.compare.PairedKeys}: the env's keys depend on the seed and the env
 * only, so for one seed every agent meets the same initial states and env draws. The
 * {@link io.aifgym.bench.compare.CompareSummary} turns the runs into one table per env (mean
 * return, success rate, steps to goal or regret, each with a 95% percentile
 * {@link io.aifgym.bench.compare.Bootstrap} interval over seeds, and the paired difference to the
 * first agent) and learning curves with bands; {@link io.aifgym.bench.compare.CompareFiles}
 * writes the per-episode CSV, the Markdown and HTML reports
 * ({@link io.aifgym.bench.compare.CompareReport}), the PNG curves
 * ({@link io.aifgym.bench.compare.ComparePlots}, XChart) and the provenance.
 */
package io.aifgym.bench.compare;
