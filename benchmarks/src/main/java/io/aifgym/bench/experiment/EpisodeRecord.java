package io.aifgym.bench.experiment;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One completed episode of a run.
 *
 * <p>As JSON (in checkpoints) an episode is the array
 * {@code [slot, episode, totalReturn, length, terminated, endStep]}: a long run's checkpoint holds
 * every episode so far, and field names would be most of its size.
 *
 * @param slot the env copy it ran in
 * @param episode its number within the slot, from 0
 * @param totalReturn the undiscounted sum of its rewards
 * @param length its number of steps
 * @param terminated true if it reached a terminal state, false if a limit truncated it
 * @param endStep the step of the run (per slot, from 0) at which it ended
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"slot", "episode", "totalReturn", "length", "terminated", "endStep"})
public record EpisodeRecord(int slot, int episode, double totalReturn, int length, boolean terminated, long endStep) {
}
