package io.aifgym.envs.pomdp.tmaze;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.EnvContract;

class SimplifiedTMazeContractTest extends EnvContract<TMazeState, int[], int[]> {

    @Override
    protected Env<TMazeState, int[], int[]> env() {
        return new SimplifiedTMaze(TMazeConfig.of(0.7, 0.6, 0.8, null, true));
    }

    @Override
    protected int[] invalidAction() {
        return new int[] {4, 0};
    }
}
