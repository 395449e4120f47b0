package io.aifgym.envs.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import java.util.List;
import org.junit.jupiter.api.Test;

class GaussianBanditTest {

    private final GaussianBandit fixed = new GaussianBandit(GaussianBandit.Config.of(List.of(0.5, -1.0, 2.0)));

    @Test
    void stepsReportExpectedRegretAndOptimality() {
        BanditState s = fixed.reset(Key.of(0)).state();
        Step<BanditState, Integer> worst = fixed.step(Key.of(1), s, 1);
        assertThat(worst.metrics()).containsEntry("regret", 3.0).containsEntry("optimal", 0.0);
        Step<BanditState, Integer> best = fixed.step(Key.of(1), s, 2);
        assertThat(best.metrics()).containsEntry("regret", 0.0).containsEntry("optimal", 1.0);
    }

    @Test
    void rewardsAreNormalAroundTheArmsMean() {
        GaussianBandit env = new GaussianBandit(new GaussianBandit.Config(3, List.of(0.5, -1.0, 2.0), 1.0, 2.0, 100));
        BanditState s = env.reset(Key.of(0)).state();
        int n = 40_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double r = env.step(Key.of(6).fold(i), s, 0).reward();
            sum += r;
            sumSq += r * r;
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        assertThat(mean).as("mean within 4 standard errors").isCloseTo(0.5, within(4 * 2.0 / Math.sqrt(n)));
        assertThat(var).isCloseTo(4.0, within(0.15));
    }

    @Test
    void drawnMeansFollowAStandardNormalAndLiveInTheState() {
        GaussianBandit env = new GaussianBandit(GaussianBandit.Config.DEFAULT);
        assertThat(env.reset(Key.of(1)).state()).isEqualTo(env.reset(Key.of(1)).state());
        assertThat(env.reset(Key.of(1)).state()).isNotEqualTo(env.reset(Key.of(2)).state());
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int i = 0; i < 2000; i++) {
            for (double m : env.reset(Key.of(7).fold(i)).state().arms().values()) {
                sum += m;
                sumSq += m * m;
                n++;
            }
        }
        assertThat(sum / n).isCloseTo(0.0, within(4 / Math.sqrt(n)));
        assertThat(sumSq / n).isCloseTo(1.0, within(0.05));
    }

    @Test
    void numArmsMustBePositive() {
        assertThatThrownBy(() -> new GaussianBandit.Config(-1, null, 1, 1, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numArms: expected a positive number of arms, found -1");
    }

    @Test
    void meansMustBeOnePerArmAndFinite() {
        assertThatThrownBy(() -> new GaussianBandit.Config(2, List.of(1.0), 1, 1, 10))
                .hasMessage("means: expected one per arm (2), found 1");
        assertThatThrownBy(() -> GaussianBandit.Config.of(List.of(1.0, Double.NaN)))
                .hasMessage("means[1]: expected a finite number, found NaN");
    }

    @Test
    void standardDeviationsMustBeNonNegative() {
        assertThatThrownBy(() -> new GaussianBandit.Config(2, null, -1, 1, 10))
                .hasMessage("meanStddev: expected a non-negative finite number, found -1.0");
        assertThatThrownBy(() -> new GaussianBandit.Config(2, null, 1, Double.POSITIVE_INFINITY, 10))
                .hasMessage("stddev: expected a non-negative finite number, found Infinity");
    }

    @Test
    void maxEpisodeStepsMustNotBeNegative() {
        assertThatThrownBy(() -> new GaussianBandit.Config(2, null, 1, 1, -1))
                .hasMessage("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found -1");
    }

    @Test
    void actionsOutsideTheSpaceAreRefused() {
        assertThatThrownBy(() -> fixed.step(Key.of(0), fixed.reset(Key.of(0)).state(), -1))
                .hasMessage("action: expected a member of Discrete(3), found -1");
    }
}
