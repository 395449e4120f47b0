package io.aifgym.agents.baselines.planning;

import io.aifgym.envs.tabular.FrozenLake;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.AgentContract;
import io.aifgym.gym.wrap.TimeLimit;

/** The agent contract for value iteration on slippery FrozenLake with its 100-step limit. */
class ValueIterationContractTest extends AgentContract<ValueIterationState, Integer, Integer> {

    private static final Env<?, Integer, Integer> ENV = new TimeLimit<>(new FrozenLake(FrozenLake.Config.DEFAULT), 100);

    @Override
    protected Agent<ValueIterationState, Integer, Integer> agent() {
        return ValueIterationAgent.of(ValueIterationConfig.DEFAULT, ENV);
    }

    @Override
    protected Env<?, Integer, Integer> env() {
        return ENV;
    }
}
