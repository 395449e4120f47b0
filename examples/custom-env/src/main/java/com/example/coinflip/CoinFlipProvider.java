package com.example.coinflip;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.registry.EnvProvider;

/**
 * Makes {@code CoinFlip-v0}; aifgym finds it through
 * {@code META-INF/services/io.aifgym.gym.registry.EnvProvider} in this plugin's jar.
 */
public final class CoinFlipProvider implements EnvProvider<CoinFlip.Config> {

    /** Creates the provider (ServiceLoader calls this). */
    public CoinFlipProvider() {
        // stateless
    }

    @Override
    public EnvSpec spec() {
        return CoinFlip.SPEC;
    }

    @Override
    public Class<CoinFlip.Config> configType() {
        return CoinFlip.Config.class;
    }

    @Override
    public CoinFlip.Config defaultConfig() {
        return CoinFlip.Config.DEFAULT;
    }

    @Override
    public Env<?, ?, ?> create(CoinFlip.Config config) {
        return new CoinFlip(config);
    }
}
