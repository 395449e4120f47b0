package io.aifgym.gym.model;

/**
 * A finite MDP env that exposes its transition model (P and R) for planning, with the state
 * index as its observation. Found on {@link io.aifgym.gym.env.Env#unwrapped()}.
 */
public interface HasTabularModel {

    /**
     * The transition model.
     *
     * @return P, R and the initial distribution
     */
    TabularModel tabularModel();
}
