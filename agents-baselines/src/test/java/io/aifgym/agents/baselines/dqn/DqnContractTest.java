package io.aifgym.agents.baselines.dqn;

import io.aifgym.agents.baselines.testenv.Corridor;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.AgentContract;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.List;

/**
 * The agent contract for DQN on a corridor with {@code int[]} observations (flattened to
 * concatenated one-hots), with training from the tenth step and double DQN, so the contract's
 * rollouts include gradient steps and target copies.
 */
class DqnContractTest extends AgentContract<DqnState, int[], int[]> {

    private static final Env<?, int[], int[]> ENV = new TimeLimit<>(new Corridor(4), 10);

    @Override
    protected Agent<DqnState, int[], int[]> agent() {
        return DqnAgent.of(DqnConfig.DEFAULT.withNetwork(List.of(8), 1e-2).withTraining(4, 10, 5).withDoubleDqn(true),
                ENV);
    }

    @Override
    protected Env<?, int[], int[]> env() {
        return ENV;
    }
}
