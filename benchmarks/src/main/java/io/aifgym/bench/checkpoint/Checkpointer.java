package io.aifgym.bench.checkpoint;

import io.aifgym.bench.experiment.BlockListener;
import io.aifgym.bench.experiment.RunSnapshot;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Writes a run's checkpoint at block boundaries: before the first block (which also proves,
 * before any work, that the plugins' states can be saved), then every {@code every} blocks,
 * and at the next boundary after {@link #requestStop()} (Ctrl-C), where it stops the run. Each
 * write replaces {@value CheckpointFile#FILE} atomically with bytes that
 * {@link SnapshotCodec#checkedBytes} has read back, so the file always holds a whole checkpoint
 * that resumes exactly. The boundary after the last block writes nothing: the results follow.
 */
public final class Checkpointer implements BlockListener {

    private final Path folder;
    private final SnapshotCodec codec;
    private final int every;
    private final long resumedAt;
    private volatile boolean stopRequested;
    private volatile long lastWritten = -1;

    /**
     * A checkpoint writer.
     *
     * @param folder the run's output folder
     * @param codec the experiment's codec
     * @param every the blocks between checkpoints, positive
     * @param resumedAt the block of the checkpoint the run resumed from (not written again), or
     *     -1 for a run from the start
     */
    public Checkpointer(Path folder, SnapshotCodec codec, int every, long resumedAt) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.codec = Objects.requireNonNull(codec, "codec");
        if (every <= 0) {
            throw new IllegalArgumentException("--checkpoint-every: expected a positive number of blocks, found "
                    + every);
        }
        this.every = every;
        this.resumedAt = resumedAt;
    }

    /** Asks the run to stop at its next block boundary, after writing a checkpoint there. */
    public void requestStop() {
        stopRequested = true;
    }

    /** @return whether a stop was requested */
    public boolean stopRequested() {
        return stopRequested;
    }

    /** @return the block of the last checkpoint written by this writer, or -1 if none */
    public long lastWritten() {
        return lastWritten;
    }

    @Override
    public boolean atBoundary(long blocks, boolean last, Supplier<RunSnapshot> snapshot) {
        if (last) {
            return true;
        }
        boolean due = blocks % every == 0 && blocks != resumedAt;
        if (due || stopRequested) {
            CheckpointFile.write(folder, codec.checkedBytes(snapshot.get(), every));
            lastWritten = blocks;
        }
        return !stopRequested;
    }
}
