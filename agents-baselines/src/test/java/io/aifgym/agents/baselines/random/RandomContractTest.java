package io.aifgym.agents.baselines.random;

import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.AgentContract;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.List;

/** The agent contract for the random agent on a pymdp GridWorld with a goal. */
class RandomContractTest extends AgentContract<RandomState, int[], int[]> {

    private static final Env<?, int[], int[]> ENV = new TimeLimit<>(new GridWorld(new GridWorld.Config(List.of(3, 4),
            List.of(List.of(1, 1)), null, true, 1.0, false, List.of(List.of(2, 3)), 1.0, 0.0, 20)), 20);

    @Override
    protected Agent<RandomState, int[], int[]> agent() {
        return RandomAgent.of(ENV);
    }

    @Override
    protected Env<?, int[], int[]> env() {
        return ENV;
    }
}
