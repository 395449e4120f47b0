package io.aifgym.envs.tabular;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.registry.EnvProvider;

/** Registers {@link CliffWalking} as {@code CliffWalking-v1}. */
public final class CliffWalkingProvider implements EnvProvider<CliffWalking.Config> {

    @Override
    public EnvSpec spec() {
        return new CliffWalking(CliffWalking.Config.DEFAULT).spec();
    }

    @Override
    public Class<CliffWalking.Config> configType() {
        return CliffWalking.Config.class;
    }

    @Override
    public CliffWalking.Config defaultConfig() {
        return CliffWalking.Config.DEFAULT;
    }

    @Override
    public Env<?, ?, ?> create(CliffWalking.Config config) {
        return new CliffWalking(config);
    }
}
