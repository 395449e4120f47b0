package io.aifgym.bench.experiment;

import java.util.function.Supplier;

/**
 * Told at every block boundary of a run (before the first block and after each one), where
 * the run could be saved and resumed: a checkpoint writer listens here, and may stop the run
 * (on Ctrl-C). Taking the snapshot copies the counts, so a listener that does not save at a
 * boundary should not ask for it.
 */
@FunctionalInterface
public interface BlockListener {

    /** A listener that never saves and never stops the run. */
    BlockListener NONE = (blocks, last, snapshot) -> true;

    /**
     * Called at a block boundary.
     *
     * @param blocks the blocks run so far (0 before the first)
     * @param last whether the run has finished (no block follows)
     * @param snapshot the run at this boundary, made on request
     * @return true to go on, false to stop the run here
     */
    boolean atBoundary(long blocks, boolean last, Supplier<RunSnapshot> snapshot);
}
