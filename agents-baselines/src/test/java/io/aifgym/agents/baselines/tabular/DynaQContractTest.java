package io.aifgym.agents.baselines.tabular;

import io.aifgym.envs.tabular.FrozenLake;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.AgentContract;
import io.aifgym.gym.wrap.TimeLimit;

/** The agent contract for Dyna-Q on slippery FrozenLake. */
class DynaQContractTest extends AgentContract<DynaQState, Integer, Integer> {

    private static final Env<?, Integer, Integer> ENV = new TimeLimit<>(new FrozenLake(FrozenLake.Config.DEFAULT), 100);

    @Override
    protected Agent<DynaQState, Integer, Integer> agent() {
        return DynaQAgent.of(DynaQConfig.DEFAULT.withPlanningSteps(5), ENV);
    }

    @Override
    protected Env<?, Integer, Integer> env() {
        return ENV;
    }
}
