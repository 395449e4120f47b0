package io.aifgym.envs.pomdp.tmaze;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.registry.EnvProvider;

/** Registers {@link TMaze} as {@code TMaze-v0}. */
public final class TMazeProvider implements EnvProvider<TMazeConfig> {

    @Override
    public EnvSpec spec() {
        return new TMaze(TMazeConfig.DEFAULT).spec();
    }

    @Override
    public Class<TMazeConfig> configType() {
        return TMazeConfig.class;
    }

    @Override
    public TMazeConfig defaultConfig() {
        return TMazeConfig.DEFAULT;
    }

    @Override
    public Env<?, ?, ?> create(TMazeConfig config) {
        return TMaze.create(config);
    }
}
