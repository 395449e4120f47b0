package io.aifgym.envs.pomdp.tmaze;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.EnvContract;

class TMazeContractTest extends EnvContract<TMazeState, int[], int[]> {

    @Override
    protected Env<TMazeState, int[], int[]> env() {
        return new TMaze(TMazeConfig.of(0.8, 0.3, 0.9, null, false));
    }

    @Override
    protected int[] invalidAction() {
        return new int[] {0, 1};
    }
}
