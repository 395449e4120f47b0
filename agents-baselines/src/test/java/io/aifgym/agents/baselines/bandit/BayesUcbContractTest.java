package io.aifgym.agents.baselines.bandit;

import io.aifgym.envs.bandit.BernoulliBandit;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.AgentContract;
import io.aifgym.gym.wrap.TimeLimit;

/** The agent contract on gym-envs' 10-armed Bernoulli bandit (arms drawn at each reset, 25-pull episodes). */
class BayesUcbContractTest extends AgentContract<ArmStatistics, Integer, Integer> {

    private static final Env<?, Integer, Integer> ENV = new TimeLimit<>(new BernoulliBandit(BernoulliBandit.Config.DEFAULT),
            25);

    @Override
    protected Agent<ArmStatistics, Integer, Integer> agent() {
        return BayesUcbAgent.of(BayesUcbConfig.DEFAULT, ENV);
    }

    @Override
    protected Env<?, Integer, Integer> env() {
        return ENV;
    }
}
