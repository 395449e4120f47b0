package io.aifgym.envs.pomdp;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.EnvContract;

class PomdpEnvContractTest extends EnvContract<PomdpState, int[], int[]> {

    @Override
    protected Env<PomdpState, int[], int[]> env() {
        return new PomdpEnv(PomdpEnv.Config.DEFAULT);
    }

    @Override
    protected int[] invalidAction() {
        return new int[] {2};
    }
}
