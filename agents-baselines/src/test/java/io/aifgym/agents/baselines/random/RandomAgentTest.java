package io.aifgym.agents.baselines.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Box;
import io.aifgym.gym.space.Discrete;
import io.aifgym.gym.space.MultiDiscrete;
import org.junit.jupiter.api.Test;

class RandomAgentTest {

    @Test
    void finiteActionsAreUniform() {
        RandomAgent<Integer, int[]> agent = RandomAgent.over(new MultiDiscrete(2, 3));
        int n = 60_000;
        int[] counts = new int[6];
        RandomState state = agent.init(Key.of(0));
        for (int k = 0; k < n; k++) {
            Decision<RandomState, int[]> d = agent.act(Key.of(4).fold(k), state, 0);
            counts[d.action()[0] * 3 + d.action()[1]]++;
            state = d.state();
        }
        assertThat(state.decisions()).isEqualTo(n);
        // Chi-square with 5 degrees of freedom; 20.5 is its 0.999 quantile.
        double chiSquare = 0;
        for (int c : counts) {
            chiSquare += Math.pow(c - n / 6.0, 2) / (n / 6.0);
        }
        assertThat(chiSquare).isLessThan(20.5);
    }

    @Test
    void boxActionsAreUniformWithinTheBounds() {
        RandomAgent<Integer, double[]> agent = RandomAgent.over(new Box(new double[] {-1, 2}, new double[] {1, 6}, 2));
        int n = 20_000;
        double[] mean = new double[2];
        for (int k = 0; k < n; k++) {
            double[] a = agent.act(Key.of(9).fold(k), agent.init(Key.of(0)), 0).action();
            assertThat(a[0]).isBetween(-1.0, 1.0);
            assertThat(a[1]).isBetween(2.0, 6.0);
            mean[0] += a[0] / n;
            mean[1] += a[1] / n;
        }
        // Standard errors: 2/sqrt(12 n) and 4/sqrt(12 n); five of them.
        assertThat(mean[0]).isCloseTo(0.0, within(5 * 2 / Math.sqrt(12.0 * n)));
        assertThat(mean[1]).isCloseTo(4.0, within(5 * 4 / Math.sqrt(12.0 * n)));
    }

    @Test
    void sameKeySameAction() {
        RandomAgent<Integer, Integer> agent = RandomAgent.over(new Discrete(1000));
        RandomState s = agent.init(Key.of(1));
        assertThat(agent.act(Key.of(77), s, 0).action()).isEqualTo(agent.act(Key.of(77), s, 0).action());
    }
}
