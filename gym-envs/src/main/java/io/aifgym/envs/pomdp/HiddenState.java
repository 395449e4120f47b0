package io.aifgym.envs.pomdp;

/**
 * The state of a pymdp-style env as pymdp sees it: one hidden-state index per factor, in the
 * factor order of the env's {@link io.aifgym.gym.model.GenerativeProcess}.
 */
public interface HiddenState {

    /**
     * The hidden state.
     *
     * @return a new array with one state index per factor
     */
    int[] factors();
}
