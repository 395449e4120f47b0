package io.aifgym.envs.tabular;

/**
 * The state of a tabular env: the agent's cell and the last action (for the rendering).
 *
 * @param position the state index {@code row * cols + col}
 * @param lastAction the action that led here, or -1 right after a reset
 */
public record TabularState(int position, int lastAction) {

    /**
     * The state right after a reset.
     *
     * @param position the state index
     * @return the state with no last action
     */
    public static TabularState start(int position) {
        return new TabularState(position, -1);
    }
}
