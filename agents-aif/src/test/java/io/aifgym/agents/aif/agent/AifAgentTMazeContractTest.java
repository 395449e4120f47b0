package io.aifgym.agents.aif.agent;

import io.aifgym.envs.pomdp.tmaze.TMaze;
import io.aifgym.envs.pomdp.tmaze.TMazeConfig;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.AgentContract;
import java.util.List;

/**
 * The agent contract on pymdp's T-maze (episodes end in an arm): stochastic action selection,
 * online learning of A.
 */
class AifAgentTMazeContractTest extends AgentContract<AifState, int[], int[]> {

    private static final TMaze ENV = new TMaze(TMazeConfig.DEFAULT);

    @Override
    protected Agent<AifState, int[], int[]> agent() {
        AifConfig config = AifConfig.DEFAULT
                .withPolicyLen(2)
                .withActionSelection(AifConfig.Selection.STOCHASTIC, io.aifgym.agents.aif.control.SamplingMode.FULL)
                .withPrecisions(1.0, 4.0)
                .withTerms(true, true, true)
                .withLearning(AifConfig.LearningMode.ONLINE, true, false)
                .withModel(AifConfig.ModelPriors.DEFAULT
                        .withPA(AifConfig.DirichletPrior.aroundTruth(10.0, 0.5))
                        .withPreferences(List.of(List.of(0.0, 0.0, 0.0, 0.0, 0.0), List.of(0.0, 2.0, -6.0),
                                List.of(0.0, 0.0, 0.0))));
        return new AifAgentProvider().create(config, ENV);
    }

    @Override
    protected Env<?, int[], int[]> env() {
        return ENV;
    }
}
