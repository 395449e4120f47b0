package io.aifgym.envs.tabular;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.registry.EnvProvider;

/** Registers {@link FrozenLake} as {@code FrozenLake-v1}. */
public final class FrozenLakeProvider implements EnvProvider<FrozenLake.Config> {

    @Override
    public EnvSpec spec() {
        return new FrozenLake(FrozenLake.Config.DEFAULT).spec();
    }

    @Override
    public Class<FrozenLake.Config> configType() {
        return FrozenLake.Config.class;
    }

    @Override
    public FrozenLake.Config defaultConfig() {
        return FrozenLake.Config.DEFAULT;
    }

    @Override
    public Env<?, ?, ?> create(FrozenLake.Config config) {
        return new FrozenLake(config);
    }
}
