package com.example.coinflip;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.testkit.EnvContract;
import org.junit.jupiter.api.Test;

/** The whole env contract in one line, plus a check of this env's own behaviour. */
class CoinFlipTest extends EnvContract<CoinFlip.State, Integer, Integer> {

    @Override
    protected Env<CoinFlip.State, Integer, Integer> env() {
        return new CoinFlip(CoinFlip.Config.DEFAULT);
    }

    @Override
    protected Integer invalidAction() {
        return 2;
    }

    @Test
    void aCertainCoinAlwaysLandsHeads() {
        CoinFlip coin = new CoinFlip(new CoinFlip.Config(1.0));
        CoinFlip.State state = coin.reset(Key.of(1)).state();
        for (int t = 0; t < 100; t++) {
            var step = coin.step(Key.of(1).fold(t), state, 0);
            assertThat(step.observation()).isZero();
            assertThat(step.reward()).isEqualTo(1.0);
            state = step.state();
        }
    }
}
