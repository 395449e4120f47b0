package io.aifgym.envs.pomdp.generalized;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.registry.EnvProvider;

/** Registers {@link GeneralizedTMaze} as {@code GeneralizedTMaze-v0}. */
public final class GeneralizedTMazeProvider implements EnvProvider<GeneralizedTMaze.Config> {

    @Override
    public EnvSpec spec() {
        return new GeneralizedTMaze(GeneralizedTMaze.Config.DEFAULT).spec();
    }

    @Override
    public Class<GeneralizedTMaze.Config> configType() {
        return GeneralizedTMaze.Config.class;
    }

    @Override
    public GeneralizedTMaze.Config defaultConfig() {
        return GeneralizedTMaze.Config.DEFAULT;
    }

    @Override
    public Env<?, ?, ?> create(GeneralizedTMaze.Config config) {
        return GeneralizedTMaze.create(config);
    }
}
