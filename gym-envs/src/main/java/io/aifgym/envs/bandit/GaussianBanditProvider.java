package io.aifgym.envs.bandit;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.registry.EnvProvider;

/** Registers {@link GaussianBandit} as {@code GaussianBandit-v0}. */
public final class GaussianBanditProvider implements EnvProvider<GaussianBandit.Config> {

    @Override
    public EnvSpec spec() {
        return new GaussianBandit(GaussianBandit.Config.DEFAULT).spec();
    }

    @Override
    public Class<GaussianBandit.Config> configType() {
        return GaussianBandit.Config.class;
    }

    @Override
    public GaussianBandit.Config defaultConfig() {
        return GaussianBandit.Config.DEFAULT;
    }

    @Override
    public Env<?, ?, ?> create(GaussianBandit.Config config) {
        return new GaussianBandit(config);
    }
}
