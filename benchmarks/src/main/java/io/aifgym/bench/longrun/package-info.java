/**
 * The long-run check of issue 8 ({@code aifgym bench long-run}): a million agent steps of
 * online learning on GridWorld and on the T-maze, watched for NaN or infinity in beliefs,
 * models and diagnostics, for heap growth (after GC at 10% and at 100% of the steps) and for
 * throughput drift (the first against the last 10%). Not part of the quick test suite.
 */
package io.aifgym.bench.longrun;
