package io.aifgym.agents.baselines.tabular;

import io.aifgym.envs.tabular.FrozenLake;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.AgentContract;
import io.aifgym.gym.wrap.TimeLimit;

/** The agent contract for Q-learning on FrozenLake ({@code Integer} observations and actions). */
class QLearningContractTest extends AgentContract<TdState, Integer, Integer> {

    private static final Env<?, Integer, Integer> ENV = new TimeLimit<>(new FrozenLake(FrozenLake.Config.DEFAULT), 100);

    @Override
    protected Agent<TdState, Integer, Integer> agent() {
        return TdAgent.of(TdMethod.Q_LEARNING, TabularConfig.DEFAULT, ENV);
    }

    @Override
    protected Env<?, Integer, Integer> env() {
        return ENV;
    }
}
