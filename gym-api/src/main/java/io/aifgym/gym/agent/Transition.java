package io.aifgym.gym.agent;

/**
 * What learning sees of one step. With an auto-resetting vector env, {@code nextObservation}
 * is the last observation of the ended episode (not the first of the next one), as a
 * bootstrap target must be.
 *
 * @param observation the observation the action was chosen on
 * @param action the action
 * @param reward the reward
 * @param nextObservation the observation the action led to
 * @param terminated whether a terminal state was reached
 * @param truncated whether the episode was cut by a limit
 * @param <O> the observation
 * @param <A> the action
 */
public record Transition<O, A>(O observation, A action, double reward, O nextObservation, boolean terminated,
        boolean truncated) {

    /** @return whether the episode ended with this step */
    public boolean done() {
        return terminated || truncated;
    }
}
