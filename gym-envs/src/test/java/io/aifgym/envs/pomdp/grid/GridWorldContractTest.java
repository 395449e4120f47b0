package io.aifgym.envs.pomdp.grid;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.EnvContract;
import java.util.List;

class GridWorldContractTest extends EnvContract<GridWorld.State, int[], int[]> {

    @Override
    protected Env<GridWorld.State, int[], int[]> env() {
        return new GridWorld(new GridWorld.Config(List.of(4, 3), List.of(List.of(1, 1)), null, true, 0.8, false,
                List.of(List.of(3, 2)), 1.0, 0.05, 50));
    }

    @Override
    protected int[] invalidAction() {
        return new int[] {5};
    }
}
