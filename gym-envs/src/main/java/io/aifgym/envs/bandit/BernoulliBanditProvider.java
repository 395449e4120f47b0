package io.aifgym.envs.bandit;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.registry.EnvProvider;

/** Registers {@link BernoulliBandit} as {@code BernoulliBandit-v0}. */
public final class BernoulliBanditProvider implements EnvProvider<BernoulliBandit.Config> {

    @Override
    public EnvSpec spec() {
        return new BernoulliBandit(BernoulliBandit.Config.DEFAULT).spec();
    }

    @Override
    public Class<BernoulliBandit.Config> configType() {
        return BernoulliBandit.Config.class;
    }

    @Override
    public BernoulliBandit.Config defaultConfig() {
        return BernoulliBandit.Config.DEFAULT;
    }

    @Override
    public Env<?, ?, ?> create(BernoulliBandit.Config config) {
        return new BernoulliBandit(config);
    }
}
