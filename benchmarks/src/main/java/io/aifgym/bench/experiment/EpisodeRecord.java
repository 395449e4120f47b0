package io.aifgym.bench.experiment;

/**
 * One completed episode of a run.
 *
 * @param slot the env copy it ran in
 * @param episode its number within the slot, from 0
 * @param totalReturn the undiscounted sum of its rewards
 * @param length its number of steps
 * @param terminated true if it reached a terminal state, false if a limit truncated it
 * @param endStep the step of the run (per slot, from 0) at which it ended
 */
public record EpisodeRecord(int slot, int episode, double totalReturn, int length, boolean terminated, long endStep) {
}
