package io.aifgym.bench.trivial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.testkit.EnvContract;
import org.junit.jupiter.api.Test;

class CounterEnvTest extends EnvContract<Integer, Integer, Integer> {

    @Override
    protected Env<Integer, Integer, Integer> env() {
        return new CounterEnv(10);
    }

    @Override
    protected Integer invalidAction() {
        return 2;
    }

    @Test
    void countsToItsLengthThenTerminatesAndRefusesToGoOn() {
        CounterEnv env = new CounterEnv(3);
        Integer state = env.reset(Key.of(0)).state();
        assertThat(env.step(Key.of(0), state, 0).state()).isZero();
        Step<Integer, Integer> s = null;
        for (int t = 0; t < 3; t++) {
            s = env.step(Key.of(t), state, 1);
            assertThat(s.reward()).isEqualTo(1.0);
            assertThat(s.terminated()).isEqualTo(t == 2);
            state = s.state();
        }
        assertThat(s.observation()).isEqualTo(3);
        Integer done = state;
        assertThatThrownBy(() -> env.step(Key.of(9), done, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("state: expected an unfinished episode (count below 3), found count 3");
        assertThatThrownBy(() -> new CounterEnv(0)).hasMessage("length: expected a positive count, found 0");
    }
}
