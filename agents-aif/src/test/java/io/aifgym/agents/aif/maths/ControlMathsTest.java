package io.aifgym.agents.aif.maths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ControlMathsTest {

    @Test
    void digammaLogGapAgreesWithDigamma() {
        for (double a = 1e-3; a < 1e6; a *= 1.37) {
            double expected = Special.digamma(a) - Math.log(a) + 1.0 / a;
            // the direct form loses about 1/a * 1e-16 to cancellation
            assertThat(ControlMaths.digammaLogGap(a)).as("a = %s", a)
                    .isCloseTo(expected, within(1e-14 * Math.max(1.0, 1.0 / a) + 1e-14 * Math.abs(expected)));
        }
        // g(1) = ψ(1) + 1 = 1 - γ
        assertThat(ControlMaths.digammaLogGap(1.0)).isCloseTo(1.0 - 0.5772156649015329, within(1e-15));
    }

    @Test
    void entryPlusColumnIsTheExactNoveltyWeight() {
        double[] alpha = {1, 2, 3, 4, 0.05, 0.0};
        double[] w = new double[alpha.length];
        Dirichlet.noveltyWeights(alpha, 3, true, w);
        int cols = 2;
        for (int c = 0; c < cols; c++) {
            double sum = 0.0;
            for (int r = 0; r < 3; r++) {
                sum += Math.max(alpha[r * cols + c], Maths.EPS);
            }
            for (int r = 0; r < 3; r++) {
                double a = alpha[r * cols + c];
                double parts = a > 0 ? ControlMaths.exactNoveltyColumn(sum) + ControlMaths.exactNoveltyEntry(a) : 0.0;
                assertThat(parts).isCloseTo(w[r * cols + c], within(1e-13));
            }
        }
        double[] spm = new double[alpha.length];
        Dirichlet.wnormSpm(alpha, 3, Maths.SPM_EPS, spm);
        double sum0 = 1 + 3 + 0.05 + 3 * Maths.SPM_EPS;
        assertThat(ControlMaths.spmNoveltyColumn(sum0) + ControlMaths.spmNoveltyEntry(1, Maths.SPM_EPS))
                .isCloseTo(-spm[0], within(1e-15));
    }
}
