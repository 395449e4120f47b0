/**
 * Checkpoints of {@code aifgym run}: a run saved at a block boundary as
 * {@code checkpoint.json} and resumed from it bit for bit.
 *
 * <ul>
 *   <li>{@link io.aifgym.bench.checkpoint.Checkpoint}: the file's content (format version, the
 *       resolved config, the key, the counters, the results so far, and the agent states, env
 *       states and observations as JSON).</li>
 *   <li>{@link io.aifgym.bench.checkpoint.SnapshotCodec}: turns an experiment's
 *       {@link io.aifgym.bench.experiment.RunSnapshot} into a checkpoint and back through
 *       Jackson, with the plugins' {@link io.aifgym.gym.checkpoint.StateCodec}s, refusing a
 *       plugin whose state cannot be saved or does not come back whole.</li>
 *   <li>{@link io.aifgym.bench.checkpoint.CheckpointFile}: atomic writing (temporary file,
 *       forced to disk, renamed), reading with the format version checked first, and the
 *       comparison of configs that refuses to resume another run.</li>
 *   <li>{@link io.aifgym.bench.checkpoint.Checkpointer}: the block listener that writes them,
 *       and stops a run on request (Ctrl-C).</li>
 *   <li>{@link io.aifgym.bench.checkpoint.StopOnSignal}: the shutdown hook through which Ctrl-C
 *       and SIGTERM stop {@code run}, {@code compare} and {@code learning-gridworld} with a
 *       checkpoint.</li>
 * </ul>
 */
package io.aifgym.bench.checkpoint;
