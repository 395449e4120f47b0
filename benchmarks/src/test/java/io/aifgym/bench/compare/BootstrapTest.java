package io.aifgym.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.gym.random.Key;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    private final Bootstrap bootstrap = new Bootstrap(Bootstrap.DEFAULT_RESAMPLES);

    /** {@code n} draws of an exponential distribution with mean 2 (skewed, like returns often are). */
    private static double[] sample(int n, long seed) {
        UniformRandomProvider g = Key.of(seed).generator();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -2 * Math.log(1 - g.nextDouble());
        }
        return x;
    }

    @Test
    void theIntervalContainsTheMean() {
        for (long seed = 0; seed < 20; seed++) {
            double[] x = sample(10, seed);
            Estimate e = bootstrap.mean(x, Key.of(100 + seed));
            assertThat(e.seeds()).isEqualTo(10);
            assertThat(e.mean()).isCloseTo(java.util.Arrays.stream(x).average().orElseThrow(), within(1e-12));
            assertThat(e.lower()).isLessThan(e.mean());
            assertThat(e.upper()).isGreaterThan(e.mean());
        }
    }

    @Test
    void theIntervalNarrowsWithMoreSeeds() {
        double few = width(bootstrap.mean(sample(5, 1), Key.of(1)));
        double more = width(bootstrap.mean(sample(20, 1), Key.of(1)));
        double many = width(bootstrap.mean(sample(80, 1), Key.of(1)));
        assertThat(more).isLessThan(few);
        assertThat(many).isLessThan(more);
        // the width shrinks about as 1 / sqrt(n): 4x the seeds, about half the width
        assertThat(many / more).isBetween(0.3, 0.75);
    }

    @Test
    void itCoversTheTrueMeanAboutNinetyFivePercentOfTheTime() {
        Bootstrap fast = new Bootstrap(2000);
        int covered = 0;
        int trials = 200;
        for (int t = 0; t < trials; t++) {
            Estimate e = fast.mean(sample(30, 1000 + t), Key.of(t));
            if (e.lower() <= 2.0 && 2.0 <= e.upper()) {
                covered++;
            }
        }
        // the percentile bootstrap undercovers a little for skewed data and n = 30
        assertThat(covered).isBetween(170, 199);
    }

    @Test
    void theSameKeyGivesTheSameInterval() {
        double[] x = sample(12, 5);
        assertThat(bootstrap.mean(x, Key.of(9))).isEqualTo(bootstrap.mean(x.clone(), Key.of(9)));
        assertThat(bootstrap.mean(x, Key.of(10))).isNotEqualTo(bootstrap.mean(x, Key.of(9)));
    }

    @Test
    void equalValuesGiveAPointInterval() {
        Estimate e = bootstrap.mean(new double[] {0.25, 0.25, 0.25}, Key.of(0));
        assertThat(e).isEqualTo(new Estimate(0.25, 0.25, 0.25, 3));
        assertThat(bootstrap.mean(new double[] {0, 0, 0, 0}, Key.of(0))).isEqualTo(new Estimate(0, 0, 0, 4));
    }

    @Test
    void noValuesGiveNoEstimate() {
        assertThat(bootstrap.mean(new double[0], Key.of(0))).isEqualTo(Estimate.NONE);
        assertThat(Estimate.NONE.defined()).isFalse();
        assertThat(Estimate.NONE.format()).isEqualTo("-");
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(Bootstrap.quantile(sorted, 0)).isEqualTo(1);
        assertThat(Bootstrap.quantile(sorted, 1)).isEqualTo(5);
        assertThat(Bootstrap.quantile(sorted, 0.5)).isEqualTo(3);
        assertThat(Bootstrap.quantile(sorted, 0.1)).isCloseTo(1.4, within(1e-12));
    }

    @Test
    void rejectsNoResamples() {
        assertThatThrownBy(() -> new Bootstrap(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resamples: expected at least 1 resample, found 0");
    }

    @Test
    void rejectsAValueThatIsNotFinite() {
        assertThatThrownBy(() -> bootstrap.mean(new double[] {1, Double.NaN}, Key.of(0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values[1]: expected a finite number, found NaN");
    }

    private static double width(Estimate e) {
        return e.upper() - e.lower();
    }
}
