package io.aifgym.bench.experiment;

import io.aifgym.gym.rollout.Carry;
import java.util.Objects;

/**
 * A run at a block boundary: everything needed to go on as if it had never stopped. A
 * checkpoint is a snapshot written to a file; {@link ExperimentRunner#run(Experiment, Progress,
 * RunSnapshot, BlockListener)} resumes from one.
 *
 * @param carry the rollout carry: agent states, env states, observations and the key of the
 *     next step
 * @param stepsPerEnv the steps each env copy has taken
 * @param blocks the rollout blocks run
 * @param tally the episodes and sums counted so far
 */
public record RunSnapshot(Carry<?, ?, ?> carry, long stepsPerEnv, long blocks, Tally tally) {

    /** Checks the parts agree. */
    public RunSnapshot {
        Objects.requireNonNull(carry, "carry");
        Objects.requireNonNull(tally, "tally");
        if (stepsPerEnv < 0 || blocks < 0) {
            throw new IllegalArgumentException("stepsPerEnv and blocks: expected non-negative counts, found "
                    + stepsPerEnv + " and " + blocks);
        }
        if (tally.slots() != carry.envState().size()) {
            throw new IllegalArgumentException("tally: expected one entry per env slot (" + carry.envState().size()
                    + "), found " + tally.slots());
        }
    }
}
