package io.aifgym.envs.pomdp.cue;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.EnvContract;

class CueChainingContractTest extends EnvContract<CueChaining.State, int[], int[]> {

    @Override
    protected Env<CueChaining.State, int[], int[]> env() {
        return new CueChaining(CueChaining.Config.DEFAULT);
    }

    @Override
    protected int[] invalidAction() {
        return new int[] {1, 1, 0};
    }
}
