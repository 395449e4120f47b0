package io.aifgym.envs.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.envs.testutil.ChiSquare;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BernoulliBanditTest {

    private final BernoulliBandit fixed = new BernoulliBandit(BernoulliBandit.Config.of(List.of(0.2, 0.9, 0.5)));

    @Test
    void stepsReportExpectedRegretAndOptimality() {
        BanditState s = fixed.reset(Key.of(0)).state();
        Step<BanditState, Integer> worst = fixed.step(Key.of(1), s, 0);
        assertThat(worst.metrics().get("regret")).isCloseTo(0.7, within(1e-15));
        assertThat(worst.metrics()).containsEntry("optimal", 0.0);
        Step<BanditState, Integer> best = fixed.step(Key.of(1), s, 1);
        assertThat(best.metrics()).containsEntry("regret", 0.0).containsEntry("optimal", 1.0);
        assertThat(best.observation()).isZero();
        assertThat(best.state()).isSameAs(s);
        assertThat(best.terminated()).isFalse();
    }

    @Test
    void rewardFrequencyIsTheArmsProbability() {
        BanditState s = fixed.reset(Key.of(0)).state();
        long[] counts = new long[2];
        for (int i = 0; i < 20_000; i++) {
            double r = fixed.step(Key.of(3).fold(i), s, 2).reward();
            assertThat(r).isIn(0.0, 1.0);
            counts[(int) r]++;
        }
        assertThat(ChiSquare.statistic(counts, new double[] {0.5, 0.5})).isLessThan(ChiSquare.critical(1));
    }

    @Test
    void armsAreDrawnFromTheResetKeyAndKeptInTheState() {
        BernoulliBandit env = new BernoulliBandit(BernoulliBandit.Config.DEFAULT);
        Arms a = env.reset(Key.of(1)).state().arms();
        assertThat(env.reset(Key.of(1)).state().arms()).isEqualTo(a);
        assertThat(env.reset(Key.of(2)).state().arms()).isNotEqualTo(a);
        assertThat(a.size()).isEqualTo(10);
        assertThat(Arrays.stream(a.values()).allMatch(p -> p >= 0 && p < 1)).isTrue();
        assertThat(a.bestValue()).isEqualTo(Arrays.stream(a.values()).max().orElseThrow());
        double mean = 0;
        for (int i = 0; i < 1000; i++) {
            mean += Arrays.stream(env.reset(Key.of(4).fold(i)).state().arms().values()).average().orElseThrow() / 1000;
        }
        assertThat(mean).as("uniform arms average 1/2").isCloseTo(0.5, within(0.01));
    }

    @Test
    void numArmsMustBePositive() {
        assertThatThrownBy(() -> new BernoulliBandit.Config(0, null, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numArms: expected a positive number of arms, found 0");
    }

    @Test
    void probabilitiesMustBeOnePerArmInZeroOne() {
        assertThatThrownBy(() -> new BernoulliBandit.Config(3, List.of(0.1, 0.2), 10))
                .hasMessage("probabilities: expected one per arm (3), found 2");
        assertThatThrownBy(() -> BernoulliBandit.Config.of(List.of(0.1, 1.2)))
                .hasMessage("probabilities[1]: expected a probability in [0, 1], found 1.2");
    }

    @Test
    void maxEpisodeStepsMustNotBeNegative() {
        assertThatThrownBy(() -> new BernoulliBandit.Config(3, null, -1))
                .hasMessage("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found -1");
    }

    @Test
    void actionsOutsideTheSpaceAreRefused() {
        assertThatThrownBy(() -> fixed.step(Key.of(0), fixed.reset(Key.of(0)).state(), 3))
                .hasMessage("action: expected a member of Discrete(3), found 3");
    }
}
