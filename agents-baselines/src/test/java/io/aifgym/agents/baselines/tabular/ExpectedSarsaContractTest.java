package io.aifgym.agents.baselines.tabular;

import io.aifgym.agents.baselines.testenv.Corridor;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.AgentContract;
import io.aifgym.gym.wrap.TimeLimit;

/** The agent contract for expected SARSA with optimistic initial values on a corridor with two-component observations. */
class ExpectedSarsaContractTest extends AgentContract<TdState, int[], int[]> {

    private static final Env<?, int[], int[]> ENV = new TimeLimit<>(new Corridor(5), 15);

    @Override
    protected Agent<TdState, int[], int[]> agent() {
        return TdAgent.of(TdMethod.EXPECTED_SARSA, TabularConfig.DEFAULT.withInitialValue(2.0), ENV);
    }

    @Override
    protected Env<?, int[], int[]> env() {
        return ENV;
    }
}
