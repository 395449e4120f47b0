package io.aifgym.gym.agent;

import java.util.List;

/**
 * One agent's part of a rollout block, for offline learning: at step t it saw
 * {@code observations.get(t)}, chose {@code actions.get(t)} and got {@code rewards[t]}.
 *
 * @param observations the observation consumed at each step
 * @param actions the action chosen at each step
 * @param rewards the reward of each step
 * @param terminated whether each step terminated the episode
 * @param truncated whether each step truncated the episode
 * @param <O> the observation
 * @param <A> the action
 */
public record Block<O, A>(List<O> observations, List<A> actions, double[] rewards, boolean[] terminated,
        boolean[] truncated) {

    /** Copies the columns and checks their lengths. */
    public Block {
        observations = List.copyOf(observations);
        actions = List.copyOf(actions);
        rewards = rewards.clone();
        terminated = terminated.clone();
        truncated = truncated.clone();
        int t = observations.size();
        if (actions.size() != t || rewards.length != t || terminated.length != t || truncated.length != t) {
            throw new IllegalArgumentException("Block: expected " + t + " steps in every column, found actions "
                    + actions.size() + ", rewards " + rewards.length + ", flags " + terminated.length);
        }
    }

    /** @return the number of steps */
    public int length() {
        return observations.size();
    }

    /** @return a copy of the rewards */
    @Override
    public double[] rewards() {
        return rewards.clone();
    }

    /** @return a copy of the terminated flags */
    @Override
    public boolean[] terminated() {
        return terminated.clone();
    }

    /** @return a copy of the truncated flags */
    @Override
    public boolean[] truncated() {
        return truncated.clone();
    }
}
