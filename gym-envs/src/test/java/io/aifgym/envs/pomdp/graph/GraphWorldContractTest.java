package io.aifgym.envs.pomdp.graph;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.EnvContract;

class GraphWorldContractTest extends EnvContract<GraphWorld.State, int[], int[]> {

    @Override
    protected Env<GraphWorld.State, int[], int[]> env() {
        return new GraphWorld(GraphWorld.Config.DEFAULT);
    }

    @Override
    protected int[] invalidAction() {
        return new int[] {5, 0};
    }
}
