package io.aifgym.envs.tabular;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.EnvContract;

class CliffWalkingContractTest extends EnvContract<TabularState, Integer, Integer> {

    @Override
    protected Env<TabularState, Integer, Integer> env() {
        return new CliffWalking(new CliffWalking.Config(true, 500));
    }

    @Override
    protected Integer invalidAction() {
        return -1;
    }
}
