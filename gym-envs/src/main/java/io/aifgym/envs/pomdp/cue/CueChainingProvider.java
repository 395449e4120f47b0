package io.aifgym.envs.pomdp.cue;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.registry.EnvProvider;

/** Registers {@link CueChaining} as {@code CueChaining-v0}. */
public final class CueChainingProvider implements EnvProvider<CueChaining.Config> {

    @Override
    public EnvSpec spec() {
        return new CueChaining(CueChaining.Config.DEFAULT).spec();
    }

    @Override
    public Class<CueChaining.Config> configType() {
        return CueChaining.Config.class;
    }

    @Override
    public CueChaining.Config defaultConfig() {
        return CueChaining.Config.DEFAULT;
    }

    @Override
    public Env<?, ?, ?> create(CueChaining.Config config) {
        return CueChaining.create(config);
    }
}
