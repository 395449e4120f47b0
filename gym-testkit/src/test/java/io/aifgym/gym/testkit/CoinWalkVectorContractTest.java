package io.aifgym.gym.testkit;

import io.aifgym.gym.env.Env;

class CoinWalkVectorContractTest extends VectorEnvContract<CoinWalk.State, Integer, Integer> {

    @Override
    protected Env<CoinWalk.State, Integer, Integer> env() {
        return new CoinWalk();
    }
}
