package io.aifgym.agents.aif.maths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpecialTest {

    // reference values from scipy.special (digamma, gammaln)
    private static final double[][] REFERENCE = {
        {2.22e-16, -4504504504504505.0, 36.04385429202054},
        {1e-10, -10000000000.577215, 23.025850929882733},
        {0.1, -10.423754940411076, 2.252712651734206},
        {0.5, -1.9635100260214235, 0.5723649429247},
        {1, -0.5772156649015329, 0.0},
        {1.5, 0.03648997397857652, -0.12078223763524526},
        {2, 0.42278433509846713, 0.0},
        {2.5, 0.7031566406452432, 0.2846828704729192},
        {9.99, 2.250700372831201, 12.779315214350195},
        {10, 2.251752589066721, 12.801827480081469},
        {50.5, 3.912039670928392, 146.51925549072064},
        {1e6, 13.81551005796419, 12815504.569147611},
        {1e12, 27.631021115928046, 26631021115915.65},
    };

    @Test
    void digammaMatchesScipyToRelativeOneInTenToTheFourteen() {
        for (double[] row : REFERENCE) {
            double got = Special.digamma(row[0]);
            assertThat(got).as("digamma(%s)", row[0]).isCloseTo(row[1], within(1e-14 * Math.max(1, Math.abs(row[1]))));
        }
    }

    @Test
    void lnGammaMatchesScipyToRelativeOneInTenToTheFourteen() {
        for (double[] row : REFERENCE) {
            double got = Special.lnGamma(row[0]);
            assertThat(got).as("lnGamma(%s)", row[0]).isCloseTo(row[2], within(1e-14 * Math.max(1, Math.abs(row[2]))));
        }
    }

    @Test
    void digammaSatisfiesItsRecurrence() {
        for (double x = 0.013; x < 40; x *= 1.7) {
            assertThat(Special.digamma(x + 1) - Special.digamma(x)).isCloseTo(1 / x, within(1e-13 * Math.max(1, 1 / x)));
        }
    }

    @Test
    void invalidArgumentsGiveNaNOrInfinity() {
        assertThat(Special.lnGamma(0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Special.lnGamma(-1)).isNaN();
        assertThat(Special.digamma(0)).isNaN();
        assertThat(Special.digamma(-0.5)).isCloseTo(0.03648997397857652, within(1e-13));
    }
}
