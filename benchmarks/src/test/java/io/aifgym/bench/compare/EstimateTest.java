package io.aifgym.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void formatsThreeSignificantDigits() {
        assertThat(new Estimate(0.82353, 0.7912, 0.85, 10).format()).isEqualTo("0.824 [0.791, 0.850]");
        assertThat(new Estimate(1, 1, 1, 3).format()).isEqualTo("1.00 [1.00, 1.00]");
        assertThat(new Estimate(446.2, 374.49, 1234.6, 4).format()).isEqualTo("446 [374, 1235]");
        assertThat(new Estimate(0.00999999, 0.0, 0.02, 4).format()).isEqualTo("0.0100 [0, 0.0200]");
        assertThat(new Estimate(2e-5, 1e-5, 3e-5, 4).format()).isEqualTo("2.00e-05 [1.00e-05, 3.00e-05]");
    }

    @Test
    void formatsDifferencesWithASign() {
        assertThat(new Estimate(0.5, 0.25, 0.75, 4).formatSigned()).isEqualTo("+0.500 [0.250, 0.750]");
        assertThat(new Estimate(-0.5, -0.75, -0.25, 4).formatSigned()).isEqualTo("-0.500 [-0.750, -0.250]");
        assertThat(new Estimate(0, 0, 0, 4).formatSigned()).isEqualTo("\u00b10 [0, 0]");
    }

    @Test
    void formatsRatesInPercentAndPoints() {
        assertThat(new Estimate(0.8235, 0.79, 0.851, 8).formatPercent()).isEqualTo("82.4% [79.0, 85.1]");
        assertThat(new Estimate(-0.031, -0.08, 0.02, 8).formatPoints()).isEqualTo("-3.1 pp [-8.0, 2.0]");
    }

    @Test
    void rejectsAnIntervalUpsideDown() {
        assertThatThrownBy(() -> new Estimate(1, 2, 0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lower: expected at most upper (0.0), found 2.0");
    }

    @Test
    void rejectsANegativeSeedCount() {
        assertThatThrownBy(() -> new Estimate(1, 0, 2, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seeds: expected a non-negative count, found -1");
    }
}
