package io.aifgym.gym.vector;

/**
 * When a vector env (or {@link io.aifgym.gym.wrap.AutoReset}) starts a new episode in a slot
 * whose episode ended (Gymnasium's {@code AutoresetMode}).
 */
public enum AutoresetMode {
    /** Reset in the step that ends the episode; its last observation is kept apart. The default. */
    SAME_STEP,
    /** Return the ending step as it is and reset on the next step, ignoring that step's action. */
    NEXT_STEP,
    /** Never reset; the caller resets slots itself. */
    DISABLED
}
