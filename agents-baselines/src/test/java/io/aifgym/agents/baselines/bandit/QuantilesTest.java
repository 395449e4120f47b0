package io.aifgym.agents.baselines.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The special functions against closed forms and published values. */
class QuantilesTest {

    @Test
    void logGammaMatchesFactorialsAndTheHalf() {
        assertThat(Quantiles.logGamma(1)).isCloseTo(0, within(1e-14));
        assertThat(Quantiles.logGamma(10)).isCloseTo(Math.log(362_880), within(1e-12));
        assertThat(Quantiles.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
        assertThat(Quantiles.logGamma(0.1)).isCloseTo(2.252712651734206, within(1e-12));
        assertThat(Quantiles.logGamma(1000.5)).isCloseTo(5908.674175848678, within(1e-9));
    }

    @Test
    void regularizedBetaMatchesClosedForms() {
        for (double x : new double[] {0.01, 0.2, 0.5, 0.77, 0.999}) {
            assertThat(Quantiles.regularizedBeta(x, 1, 1)).isCloseTo(x, within(1e-13));
            assertThat(Quantiles.regularizedBeta(x, 3, 1)).isCloseTo(x * x * x, within(1e-13));
            assertThat(Quantiles.regularizedBeta(x, 1, 4)).isCloseTo(1 - Math.pow(1 - x, 4), within(1e-13));
            assertThat(Quantiles.regularizedBeta(x, 2, 3)).isCloseTo(6 * x * x - 8 * x * x * x + 3 * x * x * x * x,
                    within(1e-13));
        }
        assertThat(Quantiles.regularizedBeta(0.5, 37.5, 37.5)).isCloseTo(0.5, within(1e-13));
        assertThat(Quantiles.regularizedBeta(0, 2, 2)).isZero();
        assertThat(Quantiles.regularizedBeta(1, 2, 2)).isEqualTo(1.0);
    }

    @Test
    void betaQuantileInvertsTheDistributionFunction() {
        double[][] params = {{1, 1}, {2, 5}, {0.5, 0.5}, {30, 70}, {1, 2000}, {5000, 12}};
        for (double[] ab : params) {
            for (double p : new double[] {1e-6, 0.01, 0.3, 0.5, 0.9, 0.999, 1 - 1e-6}) {
                double q = Quantiles.betaQuantile(p, ab[0], ab[1]);
                assertThat(Quantiles.regularizedBeta(q, ab[0], ab[1])).as("Beta(%s, %s) at %s", ab[0], ab[1], p)
                        .isCloseTo(p, within(1e-10 * Math.max(1, p / (1 - p))));
            }
        }
    }

    @Test
    void normalDistributionAndQuantileMatchPublishedValues() {
        assertThat(Quantiles.normalCdf(1.96)).isCloseTo(0.9750021048517795, within(1e-15));
        assertThat(Quantiles.normalCdf(-3)).isCloseTo(0.0013498980316301035, within(1e-17));
        assertThat(Quantiles.normalCdf(0)).isEqualTo(0.5);
        assertThat(Quantiles.normalQuantile(0.975)).isCloseTo(1.959963984540054, within(1e-12));
        assertThat(Quantiles.normalQuantile(1e-6)).isCloseTo(-4.753424308822899, within(1e-11));
        assertThat(Quantiles.normalQuantile(0.5)).isCloseTo(0, within(1e-15));
        assertThat(Quantiles.normalQuantile(1 - 1e-9)).isCloseTo(5.997807019601638, within(1e-8));
        assertThatThrownBy(() -> Quantiles.normalQuantile(1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("p: expected a probability in (0, 1), found 1.0");
    }
}
