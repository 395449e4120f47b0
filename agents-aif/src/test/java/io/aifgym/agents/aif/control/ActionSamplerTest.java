package io.aifgym.agents.aif.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.gym.random.Key;
import org.junit.jupiter.api.Test;

class ActionSamplerTest {

    /** Two factors (2 and 3 actions), one step: the best policy's first action differs from the marginal argmax. */
    private static final Policies POLICIES = Policies.enumerate(new int[] {2, 3}, 1);
    private static final double[] Q_PI = {0.30, 0.0, 0.0, 0.0, 0.25, 0.45 - 0.0};

    @Test
    void marginalsSumPolicyProbabilitiesByFirstAction() {
        double[][] m = ActionSampler.marginals(Q_PI, POLICIES);
        assertThat(m[0]).containsExactly(new double[] {0.30, 0.70}, within(1e-15));
        assertThat(m[1]).containsExactly(new double[] {0.30, 0.25, 0.45}, within(1e-15));
    }

    @Test
    void deterministicFullTakesTheBestPolicyAndMarginalTakesEachArgmax() {
        ActionSelection det = ActionSelection.deterministic();
        assertThat(ActionSampler.select(Q_PI, POLICIES, det, SamplingMode.FULL, null)).containsExactly(1, 2);
        double[] q = {0.40, 0.0, 0.0, 0.0, 0.35, 0.25};
        assertThat(ActionSampler.select(q, POLICIES, det, SamplingMode.FULL, null)).containsExactly(0, 0);
        assertThat(ActionSampler.select(q, POLICIES, det, SamplingMode.MARGINAL, null)).containsExactly(1, 0);
    }

    @Test
    void stochasticWithAlphaZeroIsUniformOverAllPolicies() {
        Policies policies = Policies.enumerate(new int[] {4}, 1);
        double[] q = {0.97, 0.01, 0.02, 0.0};
        int n = 40_000;
        int[] counts = new int[4];
        Key key = Key.of(7);
        ActionSelection uniform = ActionSelection.stochastic(0.0);
        for (int i = 0; i < n; i++) {
            counts[ActionSampler.select(q, policies, uniform, SamplingMode.FULL, key.child(i))[0]]++;
        }
        // chi-square with 3 degrees of freedom, alpha 0.001 critical value 16.27
        double chi2 = 0.0;
        for (int c : counts) {
            chi2 += (c - n / 4.0) * (c - n / 4.0) / (n / 4.0);
        }
        assertThat(chi2).isLessThan(16.27);
    }

    @Test
    void stochasticWithAlphaOneSamplesQPi() {
        Policies policies = Policies.enumerate(new int[] {3}, 1);
        double[] q = {0.5, 0.3, 0.2};
        int n = 40_000;
        int[] counts = new int[3];
        Key key = Key.of(11);
        for (int i = 0; i < n; i++) {
            counts[ActionSampler.select(q, policies, ActionSelection.stochastic(1.0), SamplingMode.MARGINAL,
                    key.child(i))[0]]++;
        }
        double chi2 = 0.0;
        for (int a = 0; a < 3; a++) {
            chi2 += (counts[a] - n * q[a]) * (counts[a] - n * q[a]) / (n * q[a]);
        }
        // 2 degrees of freedom, alpha 0.001 critical value 13.82
        assertThat(chi2).isLessThan(13.82);
    }

    @Test
    void largeAlphaApproachesTheArgmaxAndTheSameKeyRepeats() {
        ActionSelection sharp = ActionSelection.stochastic(200.0);
        Key key = Key.of(3);
        for (int i = 0; i < 200; i++) {
            assertThat(ActionSampler.select(Q_PI, POLICIES, sharp, SamplingMode.FULL, key.child(i))).containsExactly(1, 2);
        }
        ActionSelection soft = ActionSelection.stochastic(1.0);
        int[][] batch = ActionSampler.selectBatch(new double[][] {Q_PI, Q_PI, Q_PI}, POLICIES, soft,
                SamplingMode.MARGINAL, key);
        for (int i = 0; i < 3; i++) {
            assertThat(batch[i]).containsExactly(
                    ActionSampler.select(Q_PI, POLICIES, soft, SamplingMode.MARGINAL, key.child(i)));
        }
    }

    @Test
    void badInputsAreRejected() {
        assertThatThrownBy(() -> ActionSelection.stochastic(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alpha");
        assertThatThrownBy(() -> ActionSampler.select(Q_PI, POLICIES, ActionSelection.stochastic(1),
                SamplingMode.FULL, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> ActionSampler.select(new double[] {1}, POLICIES, ActionSelection.deterministic(),
                SamplingMode.FULL, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("qPi: expected one probability per policy (6)");
    }
}
