package io.aifgym.agents.aif.agent;

import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.AgentContract;

/**
 * The agent contract on a 3x3 GridWorld with a uniform start, marginal stochastic selection,
 * marginal message passing over a window of 3 steps and offline learning of B.
 */
class AifAgentGridContractTest extends AgentContract<AifState, int[], int[]> {

    private static final GridWorld ENV = new GridWorld(GridWorld.Config.of(3, 3));

    @Override
    protected Agent<AifState, int[], int[]> agent() {
        AifConfig config = AifConfig.DEFAULT
                .withPolicyLen(2)
                .withInference(AifConfig.Algorithm.MMP, 8)
                .withInferenceHorizon(3)
                .withActionSelection(AifConfig.Selection.STOCHASTIC, SamplingMode.MARGINAL)
                .withTerms(false, true, true)
                .withLearning(AifConfig.LearningMode.OFFLINE, false, true)
                .withBatchThreads(2)
                .withModel(AifConfig.ModelPriors.DEFAULT.withPB(AifConfig.DirichletPrior.flat(0.5)));
        return new AifAgentProvider().create(config, ENV);
    }

    @Override
    protected Env<?, int[], int[]> env() {
        return ENV;
    }
}
