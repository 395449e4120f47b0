package io.aifgym.agents.baselines.bandit;

import io.aifgym.envs.bandit.GaussianBandit;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.AgentContract;

/** The agent contract for Gaussian Thompson sampling on gym-envs' 10-armed Gaussian testbed (25-pull episodes). */
class GaussianThompsonContractTest extends AgentContract<ArmStatistics, Integer, Integer> {

    private static final Env<?, Integer, Integer> ENV = new GaussianBandit(new GaussianBandit.Config(10, null, 1.0, 1.0,
            25));

    @Override
    protected Agent<ArmStatistics, Integer, Integer> agent() {
        return ThompsonAgent.of(new ThompsonConfig(Likelihood.GAUSSIAN, BetaPrior.UNIFORM, GaussianPrior.STANDARD, false), ENV);
    }

    @Override
    protected Env<?, Integer, Integer> env() {
        return ENV;
    }
}
