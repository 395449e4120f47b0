package io.aifgym.bench.compare;

/**
 * One completed episode of a comparison run.
 *
 * @param episode its number in the run, from 0, in order of its end step then env copy
 * @param slot the env copy it ran in
 * @param totalReturn the undiscounted sum of its rewards
 * @param length its number of steps
 * @param terminated true if it reached a terminal state, false if a limit truncated it
 * @param success whether it counts as a success under the env's {@link SuccessRule}
 * @param regret the sum over its steps of the env's {@code regret} metric, or NaN where the env
 *     reports none
 * @param endStep the step of the run (per env copy, from 0) at which it ended
 */
public record EpisodeResult(int episode, int slot, double totalReturn, int length, boolean terminated,
        boolean success, double regret, long endStep) {

    /**
     * Whether the env reported a regret for this episode.
     *
     * @return true if {@code regret} is a number
     */
    public boolean hasRegret() {
        return !Double.isNaN(regret);
    }
}
