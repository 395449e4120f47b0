/**
 * Results of a run and where they go: {@link io.aifgym.bench.results.Summary} (statistics of
 * the episodes), {@link io.aifgym.bench.results.Provenance} (the resolved config, versions,
 * plugins and platform, as Tribuo's provenance and R10 of the style guide ask) and the
 * {@link io.aifgym.bench.results.ResultWriter} that writes {@code episodes.csv},
 * {@code summary.json} and {@code provenance.json}, each file atomically, into a folder that
 * {@link io.aifgym.bench.results.OutputFolder} checked before the run.
 */
package io.aifgym.bench.results;
