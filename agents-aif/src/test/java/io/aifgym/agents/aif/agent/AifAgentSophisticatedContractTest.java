package io.aifgym.agents.aif.agent;

import io.aifgym.agents.aif.planning.PolicySearch;
import io.aifgym.agents.aif.planning.Replanning;
import io.aifgym.envs.pomdp.tmaze.TMaze;
import io.aifgym.envs.pomdp.tmaze.TMazeConfig;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.AgentContract;
import java.util.List;

/**
 * The agent contract with sophisticated inference on pymdp's T-maze: tree reuse between steps,
 * replanning when the beliefs leave the stored plan, online learning of A (which drops the tree
 * and the plan whenever it changes the model).
 */
class AifAgentSophisticatedContractTest extends AgentContract<AifState, int[], int[]> {

    private static final TMaze ENV = new TMaze(TMazeConfig.DEFAULT);

    @Override
    protected Agent<AifState, int[], int[]> agent() {
        AifConfig config = AifConfig.DEFAULT
                .withPolicySearch(PolicySearch.Sophisticated.DEFAULT.withHorizon(3).withTreeOptions(true, true))
                .withReplanning(new Replanning(3, 0.1))
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
