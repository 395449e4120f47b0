package io.aifgym.envs.pomdp.grid;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.testkit.VectorEnvContract;
import io.aifgym.gym.wrap.TimeLimit;
import java.util.List;

class GridWorldVectorContractTest extends VectorEnvContract<TimeLimit.State<GridWorld.State>, int[], int[]> {

    @Override
    protected Env<TimeLimit.State<GridWorld.State>, int[], int[]> env() {
        GridWorld grid = new GridWorld(new GridWorld.Config(List.of(4, 4), List.of(List.of(1, 2)), null, true, 0.7,
                false, List.of(List.of(3, 3)), 1.0, 0.0, 12));
        return new TimeLimit<>(grid, grid.spec().maxEpisodeSteps());
    }
}
