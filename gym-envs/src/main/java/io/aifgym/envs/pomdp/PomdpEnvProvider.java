package io.aifgym.envs.pomdp;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.registry.EnvProvider;

/** Registers the generic {@link PomdpEnv} as {@code PomdpEnv-v0}. */
public final class PomdpEnvProvider implements EnvProvider<PomdpEnv.Config> {

    @Override
    public EnvSpec spec() {
        return new PomdpEnv(PomdpEnv.Config.DEFAULT).spec();
    }

    @Override
    public Class<PomdpEnv.Config> configType() {
        return PomdpEnv.Config.class;
    }

    @Override
    public PomdpEnv.Config defaultConfig() {
        return PomdpEnv.Config.DEFAULT;
    }

    @Override
    public Env<?, ?, ?> create(PomdpEnv.Config config) {
        return PomdpEnv.create(config);
    }
}
