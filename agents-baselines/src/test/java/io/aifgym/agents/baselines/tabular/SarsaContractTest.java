package io.aifgym.agents.baselines.tabular;

import io.aifgym.agents.baselines.explore.Exploration;
import io.aifgym.agents.baselines.explore.Schedule;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.AgentContract;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.List;

/**
 * The agent contract for SARSA with softmax exploration on a pymdp GridWorld with a goal
 * ({@code int[]} observations and actions).
 */
class SarsaContractTest extends AgentContract<TdState, int[], int[]> {

    private static final Env<?, int[], int[]> ENV = new TimeLimit<>(new GridWorld(new GridWorld.Config(List.of(3, 3),
            List.of(), null, true, 0.8, false, List.of(List.of(2, 2)), 1.0, 0.01, 12)), 12);

    @Override
    protected Agent<TdState, int[], int[]> agent() {
        return TdAgent.of(TdMethod.SARSA, TabularConfig.DEFAULT.withExploration(
                Exploration.softmax(Schedule.exponential(1.0, 0.1, 50))), ENV);
    }

    @Override
    protected Env<?, int[], int[]> env() {
        return ENV;
    }
}
