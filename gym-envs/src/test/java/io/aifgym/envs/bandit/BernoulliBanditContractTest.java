package io.aifgym.envs.bandit;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.EnvContract;

class BernoulliBanditContractTest extends EnvContract<BanditState, Integer, Integer> {

    @Override
    protected Env<BanditState, Integer, Integer> env() {
        return new BernoulliBandit(BernoulliBandit.Config.DEFAULT);
    }

    @Override
    protected Integer invalidAction() {
        return 10;
    }
}
