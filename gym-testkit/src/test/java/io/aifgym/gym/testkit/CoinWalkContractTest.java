package io.aifgym.gym.testkit;

import io.aifgym.gym.env.Env;

class CoinWalkContractTest extends EnvContract<CoinWalk.State, Integer, Integer> {

    @Override
    protected Env<CoinWalk.State, Integer, Integer> env() {
        return new CoinWalk();
    }

    @Override
    protected Integer invalidAction() {
        return 2;
    }
}
