package io.aifgym.envs.tabular;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.EnvContract;

class FrozenLakeContractTest extends EnvContract<TabularState, Integer, Integer> {

    @Override
    protected Env<TabularState, Integer, Integer> env() {
        return new FrozenLake(FrozenLake.Config.DEFAULT);
    }

    @Override
    protected Integer invalidAction() {
        return 4;
    }
}
