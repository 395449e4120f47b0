package io.aifgym.agents.aif.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.agents.aif.model.Models;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The numeric oracles of spec 11.3 and the invariants of 11.2. */
class InferenceTest {

    /** B of oracles 4 and 5, indexed [next, prev, action]. */
    private static DoubleTensor sequenceB() {
        return DoubleTensor.of(new double[] {0.85, 0.30, 0.20, 0.65, 0.15, 0.70, 0.80, 0.35}, 2, 2, 2);
    }

    @Test
    void multiFactorFixedPointMatchesOracle3() {
        DoubleTensor a = DoubleTensor.of(new double[] {0.80, 0.20, 0.30, 0.10, 0.15, 0.30, 0.30, 0.20, 0.05, 0.50,
            0.40, 0.70}, 3, 2, 2);
        DoubleTensor id = DoubleTensor.of(new double[] {1, 0, 0, 1}, 2, 2, 1);
        GenerativeModel m = GenerativeModel.builder(List.of(a), List.of(id, id)).aDependencies(new int[][] {{0, 1}})
                .build();
        double[][] prior = {{0.55, 0.45}, {0.30, 0.70}};
        double[][] obs = Observations.oneHot(new int[] {1}, m.numObs());
        double[][] one = Inference.oneStep(m, obs, prior, 1);
        assertThat(one[0]).containsExactly(new double[] {0.514204, 0.485796}, within(1e-6));
        assertThat(one[1]).containsExactly(new double[] {0.270687, 0.729313}, within(1e-6));
        double[][] sixteen = Inference.oneStep(m, obs, prior, 16);
        // the oracle gives "≈" values shared by 8 and 16 iterations
        assertThat(sixteen[0]).containsExactly(new double[] {0.581200, 0.418800}, within(1e-5));
        assertThat(sixteen[1]).containsExactly(new double[] {0.253443, 0.746557}, within(1e-5));
    }

    @Test
    void freeEnergyDoesNotIncreaseOverFixedPointIterations() {
        DoubleTensor a = DoubleTensor.of(new double[] {0.80, 0.20, 0.30, 0.10, 0.15, 0.30, 0.30, 0.20, 0.05, 0.50,
            0.40, 0.70}, 3, 2, 2);
        DoubleTensor id = DoubleTensor.of(new double[] {1, 0, 0, 1}, 2, 2, 1);
        GenerativeModel m = GenerativeModel.builder(List.of(a), List.of(id, id)).build();
        double[][] prior = {{0.55, 0.45}, {0.30, 0.70}};
        double[][] obs = Observations.oneHot(new int[] {2}, m.numObs());
        double previous = Double.POSITIVE_INFINITY;
        for (int it = 1; it <= 8; it++) {
            double vfe = FreeEnergy.singleStep(m, Inference.oneStep(m, obs, prior, it), prior, obs).vfe();
            assertThat(vfe).isLessThanOrEqualTo(previous + 1e-12);
            previous = vfe;
        }
    }

    @Test
    void marginalAndVariationalMessagePassingMatchOracle4() {
        DoubleTensor a = DoubleTensor.of(new double[] {0.90, 0.15, 0.10, 0.85}, 2, 2);
        GenerativeModel m = GenerativeModel.builder(List.of(a), List.of(sequenceB())).build();
        double[][][] obs = Observations.oneHotSequence(new int[][] {{0, 1, 1}}, m.numObs());
        int[][] actions = {{0}, {1}};
        double[][] prior = {{0.6, 0.4}};
        double[][][] mmp = Inference.sequence(new StateInference.MarginalMessagePassing(16), m, obs, actions, prior, 0);
        assertThat(mmp[0][0]).containsExactly(new double[] {0.823715, 0.176285}, within(1e-6));
        assertThat(mmp[0][1]).containsExactly(new double[] {0.199528, 0.800472}, within(1e-6));
        assertThat(mmp[0][2]).containsExactly(new double[] {0.139841, 0.860159}, within(1e-6));
        double[][][] vmp = Inference.sequence(new StateInference.VariationalMessagePassing(16), m, obs, actions, prior, 0);
        assertThat(vmp[0][0]).containsExactly(new double[] {0.865609, 0.134391}, within(1e-6));
        assertThat(vmp[0][1]).containsExactly(new double[] {0.429378, 0.570622}, within(1e-6));
        assertThat(vmp[0][2]).containsExactly(new double[] {0.104298, 0.895702}, within(1e-6));
    }

    @Test
    void filteringSmoothingAndFreeEnergyMatchOracle5() {
        DoubleTensor a = DoubleTensor.of(new double[] {0.92, 0.12, 0.08, 0.88}, 2, 2);
        GenerativeModel m = GenerativeModel.builder(List.of(a), List.of(sequenceB())).build();
        int[] observations = {0, 1, 1};
        int[][] actions = {{0}, {1}};
        double[] prior = {0.55, 0.45};
        double[][] filtered = new double[3][];
        double[] p = prior;
        for (int t = 0; t < 3; t++) {
            filtered[t] = new double[2];
            Inference.singleFactorPosterior(m, new int[] {observations[t]}, p, filtered[t]);
            if (t < 2) {
                p = Inference.empiricalPrior(m, new double[][] {filtered[t]}, actions[t])[0];
            }
        }
        assertThat(filtered[0]).containsExactly(new double[] {0.903571, 0.096429}, within(1e-6));
        assertThat(filtered[1]).containsExactly(new double[] {0.251799, 0.748201}, within(1e-6));
        assertThat(filtered[2]).containsExactly(new double[] {0.104412, 0.895588}, within(1e-6));
        BeliefSmoothing.Result s = BeliefSmoothing.exact(m, new double[][][] {filtered}, actions);
        assertThat(s.marginals()[0][0]).containsExactly(new double[] {0.763888, 0.236112}, within(1e-6));
        assertThat(s.marginals()[0][1]).containsExactly(new double[] {0.374332, 0.625668}, within(1e-6));
        assertThat(s.joints()[0][0]).containsExactly(new double[] {0.365163, 0.009169, 0.398725, 0.226943},
                within(1e-6));
        BeliefSmoothing.Result ovf = BeliefSmoothing.ovf(m, new double[][][] {filtered}, actions);
        assertThat(ovf.marginals()[0][0]).containsExactly(s.marginals()[0][0], within(1e-12));
        double[][][] obs = Observations.oneHotSequence(new int[][] {observations}, m.numObs());
        FreeEnergy vfe = FreeEnergy.sequence(m, s.marginals(), new double[][] {prior}, obs, actions, s.joints(), null,
                null);
        assertThat(vfe.vfe()).isCloseTo(2.808341, within(1e-6));
        double[][] ll = new double[3][];
        for (int t = 0; t < 3; t++) {
            ll[t] = Inference.logLikelihood(m, 0, obs[0][t]);
        }
        double[][] transitions = {m.bData(0, 0), m.bData(0, 1)};
        assertThat(HiddenMarkov.filter(prior, transitions, ll).logEvidence()).isCloseTo(-2.808341, within(1e-6));
        assertThat(HiddenMarkov.smooth(prior, transitions, ll).marginals()[0])
                .containsExactly(s.marginals()[0][0], within(1e-12));
    }

    @Test
    void singleFactorFixedPointIsExactAndIndependentOfIterations() {
        GenerativeModel m = Models.twoState();
        double[][] prior = {{0.7, 0.3}};
        double[][] obs = Observations.oneHot(new int[] {1}, m.numObs());
        double[] fast = new double[2];
        Inference.singleFactorPosterior(m, new int[] {1}, prior[0], fast);
        assertThat(Inference.oneStep(m, obs, prior, 1)[0]).containsExactly(fast, within(1e-15));
        assertThat(Inference.oneStep(m, obs, prior, 16)[0]).containsExactly(fast, within(1e-15));
        double expected0 = 0.7 * 0.1 / (0.7 * 0.1 + 0.3 * 0.8);
        assertThat(fast[0]).isCloseTo(expected0, within(1e-15));
    }

    @Test
    void oneStepMethodsAppendToTheHistoryAndTruncateToTheHorizon() {
        GenerativeModel m = Models.twoState();
        double[][][] obs = Observations.oneHotSequence(new int[][] {{0, 1}}, m.numObs());
        double[][][] hist = {{{0.5, 0.5}, {0.6, 0.4}}};
        Inference.Result r = Inference.infer(StateInference.exact(), m, obs, null, new double[][] {{0.5, 0.5}}, hist,
                new Inference.Options(2, 0, true));
        assertThat(r.qs()[0]).hasNumberOfRows(2);
        assertThat(r.qs()[0][0]).containsExactly(0.6, 0.4);
        assertThat(r.last()[0][1]).isGreaterThan(0.5);
        assertThat(r.freeEnergy().sequence()).isFalse();
    }

    @Test
    void sequenceMethodsNeedPastActionsWhenBHasSeveralControls() {
        GenerativeModel m = Models.twoState();
        double[][][] obs = Observations.oneHotSequence(new int[][] {{0, 1}}, m.numObs());
        assertThatThrownBy(() -> Inference.sequence(new StateInference.MarginalMessagePassing(4), m, obs, null,
                new double[][] {{0.5, 0.5}}, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("requires `past_actions`");
        assertThatThrownBy(() -> Inference.sequence(new StateInference.VariationalMessagePassing(4), m, obs,
                new int[][] {{0}, {1}}, new double[][] {{0.5, 0.5}}, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leading dimension 2, expected 1");
    }

    @Test
    void everyBeliefIsADistribution() {
        GenerativeModel m = Models.twoState();
        double[][][] obs = Observations.oneHotSequence(new int[][] {{0, -1, 1, 1}}, m.numObs());
        int[][] actions = {{1}, {-1}, {0}};
        for (StateInference method : List.of(new StateInference.MarginalMessagePassing(16),
                new StateInference.VariationalMessagePassing(16))) {
            for (int valid : new int[] {0, 2}) {
                double[][][] qs = Inference.sequence(method, m, obs, actions, new double[][] {{0.5, 0.5}}, valid);
                for (double[] q : qs[0]) {
                    assertThat(q[0] + q[1]).isCloseTo(1.0, within(1e-12));
                }
            }
        }
    }

    @Test
    void theEmpiricalPriorPushesBeliefsThroughTheChosenAction() {
        GenerativeModel m = Models.twoState();
        assertThat(Inference.empiricalPrior(m, new double[][] {{0.7, 0.3}}, new int[] {1})[0])
                .containsExactly(0.3, 0.7);
        assertThatThrownBy(() -> Inference.empiricalPrior(m, new double[][] {{0.7, 0.3}}, new int[] {2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actions[0]");
    }

    @Test
    void methodsAreTypedAndNamedLikePymdp() {
        assertThat(StateInference.of("MMP", 8)).isEqualTo(new StateInference.MarginalMessagePassing(8));
        assertThat(StateInference.exact().smoothing()).isEqualTo(Smoothing.EXACT);
        assertThat(new StateInference.OnlineVariationalFiltering(3).kind()).isEqualTo(InferenceKind.ONE_STEP);
        assertThatThrownBy(() -> StateInference.of("bp", 1)).hasMessageContaining("expected one of");
        assertThatThrownBy(() -> new StateInference.FixedPoint(0)).hasMessageContaining("numIter");
    }
}
