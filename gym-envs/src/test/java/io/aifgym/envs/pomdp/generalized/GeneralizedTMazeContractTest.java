package io.aifgym.envs.pomdp.generalized;

import io.aifgym.envs.pomdp.PomdpState;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.EnvContract;

class GeneralizedTMazeContractTest extends EnvContract<PomdpState, int[], int[]> {

    @Override
    protected Env<PomdpState, int[], int[]> env() {
        return new GeneralizedTMaze(GeneralizedTMaze.Config.DEFAULT);
    }

    @Override
    protected int[] invalidAction() {
        return new int[] {5, 0, 0, 0};
    }
}
