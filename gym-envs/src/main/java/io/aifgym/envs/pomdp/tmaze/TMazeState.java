package io.aifgym.envs.pomdp.tmaze;

import io.aifgym.envs.pomdp.HiddenState;

/**
 * The state of a T-maze: where the agent is and which arm holds the reward.
 *
 * @param location 0 centre, 1 left arm, 2 right arm, 3 cue location, 4 middle (classic maze only)
 * @param rewardCondition 0 reward on the left, 1 reward on the right
 */
public record TMazeState(int location, int rewardCondition) implements HiddenState {

    @Override
    public int[] factors() {
        return new int[] {location, rewardCondition};
    }
}
