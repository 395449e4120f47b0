package io.aifgym.envs.pomdp.grid;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.registry.EnvProvider;

/** Registers {@link GridWorld} as {@code GridWorld-v0}. */
public final class GridWorldProvider implements EnvProvider<GridWorld.Config> {

    @Override
    public EnvSpec spec() {
        return new GridWorld(GridWorld.Config.DEFAULT).spec();
    }

    @Override
    public Class<GridWorld.Config> configType() {
        return GridWorld.Config.class;
    }

    @Override
    public GridWorld.Config defaultConfig() {
        return GridWorld.Config.DEFAULT;
    }

    @Override
    public Env<?, ?, ?> create(GridWorld.Config config) {
        return GridWorld.create(config);
    }
}
