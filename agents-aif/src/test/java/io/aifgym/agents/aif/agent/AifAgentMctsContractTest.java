package io.aifgym.agents.aif.agent;

import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.agents.aif.planning.PolicySearch;
import io.aifgym.agents.aif.planning.Replanning;
import io.aifgym.envs.pomdp.tmaze.TMaze;
import io.aifgym.envs.pomdp.tmaze.TMazeConfig;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.AgentContract;
import java.util.List;

/**
 * The agent contract with a Gumbel MuZero search on pymdp's T-maze: the same key gives the same
 * rollout (the search draws only from its key), thread counts and batching do not change it;
 * stochastic selection, and a stored plan acted on between searches every second step.
 */
class AifAgentMctsContractTest extends AgentContract<AifState, int[], int[]> {

    private static final TMaze ENV = new TMaze(TMazeConfig.DEFAULT);

    @Override
    protected Agent<AifState, int[], int[]> agent() {
        AifConfig config = AifConfig.DEFAULT
                .withPolicySearch(PolicySearch.Mcts.DEFAULT.withBudget(48, 3))
                .withReplanning(Replanning.every(2))
                .withActionSelection(AifConfig.Selection.STOCHASTIC, SamplingMode.FULL)
                .withPrecisions(1.0, 4.0)
                .withModel(AifConfig.ModelPriors.DEFAULT.withPreferences(List.of(List.of(0.0, 0.0, 0.0, 0.0, 0.0),
                        List.of(0.0, 2.0, -6.0), List.of(0.0, 0.0, 0.0))));
        return new AifAgentProvider().create(config, ENV);
    }

    @Override
    protected Env<?, int[], int[]> env() {
        return ENV;
    }
}
