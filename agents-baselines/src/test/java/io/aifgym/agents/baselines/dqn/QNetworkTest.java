package io.aifgym.agents.baselines.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.gym.random.Key;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The network's forward pass against plain Java and its gradients against finite differences. */
class QNetworkTest {

    private static final int[] SIZES = {3, 5, 4, 2};
    private static final double[] INPUT = {0.5, -1.0, 2.0, 1.5, 0.0, -0.5, -2.0, 1.0, 0.25};
    private static final double[] WEIGHTS = {1.0, -2.0, 0.5, 3.0, 0.1, -1.0};

    private static INDArray input() {
        return Nd4j.create(INPUT, new long[] {3, 3}, DataType.DOUBLE);
    }

    /** The loss sum_ij W_ij out_ij, whose output gradient is W. */
    private static double loss(QNetwork net) {
        double[] out = QNetwork.values(net.forward(input()));
        double total = 0;
        for (int i = 0; i < out.length; i++) {
            total += WEIGHTS[i] * out[i];
        }
        return total;
    }

    @Test
    void initialisationIsDeterministicAndBounded() {
        QNetwork a = QNetwork.initialise(SIZES, Key.of(1));
        assertThat(a).isEqualTo(QNetwork.initialise(SIZES, Key.of(1)));
        assertThat(a).isNotEqualTo(QNetwork.initialise(SIZES, Key.of(2)));
        double[] p = a.toFlatArray();
        assertThat(p).hasSize(3 * 5 + 5 * 4 + 4 * 2 + 5 + 4 + 2);
        for (int i = 0; i < 20; i++) {
            assertThat(Math.abs(p[i])).isLessThanOrEqualTo(1 / Math.sqrt(3));
        }
        for (int i = 20; i < 44; i++) {
            assertThat(Math.abs(p[i])).isLessThanOrEqualTo(1 / Math.sqrt(5));
        }
        assertThat(a.toString()).isEqualTo("QNetwork[3 -> 5 -> 4 -> 2]");
    }

    @Test
    void forwardPassIsAReluPerceptron() {
        QNetwork net = QNetwork.initialise(SIZES, Key.of(3));
        double[] p = net.toFlatArray();
        double[] out = QNetwork.values(net.forward(input()));
        // Flat layout: W0 (3x5), b0 (5), W1 (5x4), b1 (4), W2 (4x2), b2 (2).
        int[] wOffset = {0, 20, 44};
        int[] bOffset = {15, 40, 52};
        for (int row = 0; row < 3; row++) {
            double[] h = {INPUT[row * 3], INPUT[row * 3 + 1], INPUT[row * 3 + 2]};
            for (int l = 0; l < 3; l++) {
                int in = SIZES[l];
                int outSize = SIZES[l + 1];
                double[] z = new double[outSize];
                for (int j = 0; j < outSize; j++) {
                    z[j] = p[bOffset[l] + j];
                    for (int i = 0; i < in; i++) {
                        z[j] += h[i] * p[wOffset[l] + i * outSize + j];
                    }
                    if (l < 2) {
                        z[j] = Math.max(0, z[j]);
                    }
                }
                h = z;
            }
            assertThat(out[row * 2]).isCloseTo(h[0], within(1e-12));
            assertThat(out[row * 2 + 1]).isCloseTo(h[1], within(1e-12));
        }
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        QNetwork net = QNetwork.initialise(SIZES, Key.of(4));
        INDArray[] trace = net.forwardTrace(input());
        double[] analytic = QNetwork.values(net.gradient(trace, Nd4j.create(WEIGHTS, new long[] {3, 2},
                DataType.DOUBLE)));
        double[] base = net.toFlatArray();
        assertThat(analytic).hasSameSizeAs(base);
        double h = 1e-6;
        for (int i = 0; i < base.length; i++) {
            double[] plus = base.clone();
            double[] minus = base.clone();
            plus[i] += h;
            minus[i] -= h;
            double numeric = (loss(with(net, plus)) - loss(with(net, minus))) / (2 * h);
            assertThat(analytic[i]).as("parameter %d", i).isCloseTo(numeric, within(1e-6));
        }
    }

    @Test
    void adamStepMatchesTheUpdateRuleAndLeavesTheStateUnchanged() {
        QNetwork net = QNetwork.initialise(new int[] {2, 2}, Key.of(5));
        AdamState zero = AdamState.zeros(net);
        double[] g = {0.5, -1.0, 2.0, 0.0, 0.25, -0.125};
        AdamState.Update first = zero.step(net, Nd4j.create(g.clone(), new long[] {1, 6}, DataType.DOUBLE), 0.1);
        AdamState.Update second = first.adam().step(first.network(), Nd4j.create(g.clone(), new long[] {1, 6},
                DataType.DOUBLE), 0.1);
        double[] p0 = net.toFlatArray();
        double[] p2 = second.network().toFlatArray();
        for (int i = 0; i < g.length; i++) {
            double m = 0;
            double v = 0;
            double p = p0[i];
            for (int t = 1; t <= 2; t++) {
                m = 0.9 * m + 0.1 * g[i];
                v = 0.999 * v + 0.001 * g[i] * g[i];
                double alpha = 0.1 * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
                p -= alpha * m / (Math.sqrt(v) + 1e-8);
            }
            assertThat(p2[i]).as("parameter %d", i).isCloseTo(p, within(1e-7));
        }
        assertThat(zero).isEqualTo(AdamState.zeros(net));
        assertThat(net.toFlatArray()).containsExactly(p0);
        assertThat(second.adam().steps()).isEqualTo(2);
    }

    private static QNetwork with(QNetwork net, double[] values) {
        return net.withParameters(Nd4j.create(values, new long[] {1, values.length}, DataType.DOUBLE));
    }
}
