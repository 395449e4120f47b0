package io.aifgym.agents.aif.maths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class MathsTest {

    @Test
    void logStableClipsAtMachineEpsilon() {
        assertThat(Maths.logStable(0.0)).isEqualTo(Math.log(2.220446049250313e-16));
        assertThat(Maths.logStable(-1.0)).isEqualTo(Maths.LOG_EPS);
        assertThat(Maths.logStable(0.5)).isEqualTo(Math.log(0.5));
        assertThat(Maths.spmLog(0.0, 1e-16)).isEqualTo(Math.log(1e-16));
    }

    @Test
    void softmaxIsStableForLargeLogitsAndWorksColumnWise() {
        double[] y = Maths.softmax(new double[] {1000, 1001, 1002});
        assertThat(y[0] + y[1] + y[2]).isCloseTo(1.0, within(1e-15));
        assertThat(y[2] / y[1]).isCloseTo(Math.E, within(1e-12));
        DoubleTensor cols = Maths.softmax(DoubleTensor.of(new double[] {0, 5, 0, 5}, 2, 2));
        assertThat(cols.get(0, 0)).isCloseTo(0.5, within(1e-15));
        assertThat(cols.get(0, 1)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void entropyUsesStableLogAndIgnoresZeros() {
        assertThat(Maths.entropy(new double[] {0.5, 0.5, 0.0})).isCloseTo(Math.log(2), within(1e-15));
        double[] h = new double[2];
        Maths.columnEntropies(new double[] {1, 0.5, 0, 0.5}, 2, h);
        assertThat(h[0]).isEqualTo(0.0);
        assertThat(h[1]).isCloseTo(Math.log(2), within(1e-15));
    }

    @Test
    void contractionMatchesBruteForceForEveryKeptSet() {
        UniformRandomProvider rng = Key.of(7).generator();
        int[] shape = {3, 2, 4, 2};
        double[] x = new double[48];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble();
        }
        double[][] v = new double[4][];
        for (int k = 0; k < 4; k++) {
            v[k] = new double[shape[k]];
            for (int i = 0; i < shape[k]; i++) {
                v[k][i] = rng.nextDouble();
            }
        }
        for (int mask = 0; mask < 16; mask++) {
            double[][] per = new double[4][];
            for (int k = 0; k < 4; k++) {
                per[k] = (mask & (1 << k)) != 0 ? null : v[k];
            }
            double[] got = FactorDot.contract(x, shape, per);
            double[] expected = bruteForce(x, shape, per);
            assertThat(got).as("kept mask %s", mask).containsExactly(expected, within(1e-12));
        }
    }

    private static double[] bruteForce(double[] x, int[] shape, double[][] per) {
        int kept = 1;
        for (int k = 0; k < shape.length; k++) {
            if (per[k] == null) {
                kept *= shape[k];
            }
        }
        double[] out = new double[kept];
        int[] idx = new int[shape.length];
        for (int flat = 0; flat < x.length; flat++) {
            int rest = flat;
            for (int k = shape.length - 1; k >= 0; k--) {
                idx[k] = rest % shape[k];
                rest /= shape[k];
            }
            double w = x[flat];
            int o = 0;
            for (int k = 0; k < shape.length; k++) {
                if (per[k] == null) {
                    o = o * shape[k] + idx[k];
                } else {
                    w *= per[k][idx[k]];
                }
            }
            out[o] += w;
        }
        return out;
    }

    @Test
    void factorDotRejectsVectorsThatDoNotMatchTheShape() {
        assertThatThrownBy(() -> FactorDot.factorDot(new double[6], new int[] {2, 3}, new double[][] {{1, 2}}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vectors[1]")
                .hasMessageContaining("expected length 3");
    }

    @Test
    void outerProductPutsTheFirstIndexSlowest() {
        DoubleTensor y = FactorDot.outer(List.of(DoubleTensor.vector(1, 2), DoubleTensor.vector(3, 4, 5)));
        assertThat(y.shape()).containsExactly(2, 3);
        assertThat(y.get(1, 2)).isEqualTo(10.0);
    }

    @Test
    void exactNoveltyWeightsMatchTheSpecOracle() {
        double[] w = new double[4];
        Dirichlet.noveltyWeights(new double[] {1, 2, 3, 4}, 2, true, w);
        assertThat(w).containsExactly(new double[] {0.302961, 0.148612, 0.037682, 0.038798}, within(1e-6));
        assertThat(Dirichlet.wnormExact(DoubleTensor.of(new double[] {1, 2, 3, 4}, 2, 2)).get(0, 0))
                .isCloseTo(-0.302961, within(1e-6));
    }

    @Test
    void noveltyWeightsAreFiniteOverExtremeConcentrationsAndMaskZeros() {
        double[] alpha = {0, 1e-12, 1e12, 3};
        double[] w = new double[4];
        Dirichlet.noveltyWeights(alpha, 4, false, w);
        for (double v : w) {
            assertThat(v).isFinite();
        }
        Dirichlet.noveltyWeights(alpha, 4, true, w);
        assertThat(w[0]).isEqualTo(0.0);
    }

    @Test
    void dirichletKlMatchesScipyAndVanishesForEqualParameters() {
        double[] q = {2, 1, 3, 5, 0.5, 2};
        double[] p = {1, 1, 1, 1, 1, 1};
        assertThat(Dirichlet.klDivergence(q, p, 3)).isCloseTo(2.244537779631005, within(1e-12));
        assertThat(Dirichlet.klDivergence(q, q, 3)).isCloseTo(0.0, within(1e-14));
    }

    @Test
    void expectedValueNormalisesColumnsAfterClipping() {
        DoubleTensor a = Dirichlet.expectedValue(DoubleTensor.of(new double[] {1, 0, 3, 0}, 2, 2));
        assertThat(a.get(0, 0)).isCloseTo(0.25, within(1e-15));
        assertThat(a.get(0, 1) + a.get(1, 1)).isCloseTo(1.0, within(1e-15));
    }
}
