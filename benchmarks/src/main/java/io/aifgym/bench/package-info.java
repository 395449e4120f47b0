/**
 * The composition root of aifgym: the only module that knows every other one. It wires the
 * registries, the config loader and the result writer with Guice
 * ({@link io.aifgym.bench.wiring}), binds experiment files with Jackson
 * ({@link io.aifgym.bench.config}), runs experiments ({@link io.aifgym.bench.experiment}),
 * writes their results and provenance ({@link io.aifgym.bench.results}), offers the
 * {@code aifgym} command line ({@link io.aifgym.bench.cli}) and holds the JMH benchmarks
 * ({@link io.aifgym.bench.jmh}).
 */
package io.aifgym.bench;
