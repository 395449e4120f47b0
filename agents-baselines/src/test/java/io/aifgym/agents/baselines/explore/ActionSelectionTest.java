package io.aifgym.agents.baselines.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The selection kernels as functions of u: sweeping u over a fine uniform grid of [0, 1) gives
 * each action's probability exactly (up to the grid), which must equal {@code probabilities}.
 */
class ActionSelectionTest {

    private static final int GRID = 1_000_000;
    private static final double[] ROW = {9.0, 0.5, 2.0, 0.5, 2.0};

    private static double[] frequencies(Strategy strategy, double parameter, double[] values, int offset, int n) {
        double[] f = new double[n];
        for (int i = 0; i < GRID; i++) {
            f[ActionSelection.select(strategy, parameter, values, offset, n, (i + 0.5) / GRID)] += 1.0 / GRID;
        }
        return f;
    }

    @Test
    void epsilonGreedyMatchesItsProbabilitiesWithTies() {
        double[] row = {0.0, 2.0, 2.0, 1.0};
        double[] p = ActionSelection.probabilities(Strategy.EPSILON_GREEDY, 0.2, row, 0, 4);
        assertThat(p).containsExactly(new double[] {0.05, 0.45, 0.45, 0.05}, within(1e-15));
        double[] f = frequencies(Strategy.EPSILON_GREEDY, 0.2, row, 0, 4);
        assertThat(f).containsExactly(p, within(1e-5));
    }

    @Test
    void softmaxMatchesItsProbabilitiesOnARowInsideAnArray() {
        double[] p = ActionSelection.probabilities(Strategy.SOFTMAX, 1.5, ROW, 1, 4);
        double z = Math.exp(0.5 / 1.5) * 2 + Math.exp(2.0 / 1.5) * 2;
        assertThat(p).containsExactly(new double[] {Math.exp(0.5 / 1.5) / z, Math.exp(2 / 1.5) / z,
            Math.exp(0.5 / 1.5) / z, Math.exp(2 / 1.5) / z}, within(1e-15));
        assertThat(frequencies(Strategy.SOFTMAX, 1.5, ROW, 1, 4)).containsExactly(p, within(1e-5));
    }

    @Test
    void expectedValueIsTheProbabilityWeightedValue() {
        for (Strategy s : Strategy.values()) {
            double parameter = s == Strategy.EPSILON_GREEDY ? 0.3 : 0.7;
            double[] p = ActionSelection.probabilities(s, parameter, ROW, 0, 5);
            double expected = 0;
            for (int a = 0; a < 5; a++) {
                expected += p[a] * ROW[a];
            }
            assertThat(ActionSelection.expectedValue(s, parameter, ROW, 0, 5)).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void greedyBreaksTiesUniformlyAndArgmaxTakesTheFirst() {
        double[] row = {1.0, 3.0, 3.0, 3.0};
        assertThat(ActionSelection.greedy(row, 0, 4, 0.0)).isEqualTo(1);
        assertThat(ActionSelection.greedy(row, 0, 4, 0.4)).isEqualTo(2);
        assertThat(ActionSelection.greedy(row, 0, 4, 0.99)).isEqualTo(3);
        assertThat(ActionSelection.argmax(row, 0, 4)).isEqualTo(1);
        assertThat(ActionSelection.max(row, 0, 4)).isEqualTo(3.0);
        assertThat(ActionSelection.epsilonGreedy(row, 0, 4, 0.0, 0.7)).isEqualTo(3);
        assertThat(ActionSelection.epsilonGreedy(row, 0, 4, 1.0, 0.1)).isEqualTo(0);
    }

    @Test
    void softmaxWithAVeryLowTemperatureIsGreedyWithoutOverflow() {
        double[] row = {1000.0, 1001.0, -1e6};
        for (double u : new double[] {0.0, 0.5, 0.999999}) {
            assertThat(ActionSelection.softmax(row, 0, 3, 1e-6, u)).isEqualTo(1);
        }
    }
}
