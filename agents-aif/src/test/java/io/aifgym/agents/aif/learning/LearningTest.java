package io.aifgym.agents.aif.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.agents.aif.inference.Inference;
import io.aifgym.agents.aif.inference.Observations;
import io.aifgym.agents.aif.inference.StateInference;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.agents.aif.model.ModelBatch;
import io.aifgym.agents.aif.model.Models;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearningTest {

    private static GenerativeModel categorical() {
        DoubleTensor a = DoubleTensor.of(new double[] {0.9, 0.1, 0.1, 0.9}, 2, 2);
        return GenerativeModel.builder(List.of(a), List.of(Models.b()))
                .pA(List.of(DoubleTensor.filled(1.0, 2, 2))).build();
    }

    @Test
    void learningACertainObservationMatchesPymdpsCategoricalTest() {
        GenerativeModel m = categorical();
        double[][] obs = {{1.0, 0.0}};
        double[][] qs = Inference.oneStep(m, obs, new double[][] {{0.5, 0.5}}, 1);
        GenerativeModel learned = DirichletLearning.updateA(m, Observations.asSequence(obs),
                new double[][][] {{qs[0]}}, 1.0, CountMask.NONE);
        assertThat(learned.pA(0).orElseThrow().data()).containsExactly(new double[] {1.9, 1.1, 1.0, 1.0},
                within(1e-12));
        assertThat(learned.A(0).get(0, 0)).isCloseTo(1.9 / 2.9, within(1e-12));
    }

    @Test
    void learningAnUncertainObservationSpreadsTheCounts() {
        GenerativeModel m = categorical();
        double[][] obs = {{0.5, 0.5}};
        double[][] qs = Inference.oneStep(m, obs, new double[][] {{0.5, 0.5}}, 1);
        GenerativeModel learned = DirichletLearning.updateA(m, Observations.asSequence(obs),
                new double[][][] {{qs[0]}}, 1.0, CountMask.NONE);
        assertThat(learned.pA(0).orElseThrow().data()).containsExactly(new double[] {1.25, 1.25, 1.25, 1.25},
                within(1e-12));
    }

    @Test
    void learningReturnsANewModelAndOnlyAddsCounts() {
        GenerativeModel m = Models.twoState();
        DoubleTensor pABefore = m.pA(0).orElseThrow();
        DoubleTensor pBBefore = m.pB(0).orElseThrow();
        double[][][] beliefs = {{{0.9, 0.1}, {0.2, 0.8}, {0.6, 0.4}}};
        double[][][] obs = Observations.oneHotSequence(new int[][] {{0, 1, 0}}, m.numObs());
        int[][] actions = {{1}, {1}, {-1}};
        for (StateInference method : List.of(StateInference.exact(), StateInference.fpi(),
                new StateInference.OnlineVariationalFiltering(16))) {
            GenerativeModel learned = ParameterLearning.inferParameters(m, method, ParameterLearning.Options.of(true, true),
                    beliefs, obs, actions, null);
            assertThat(learned).isNotSameAs(m).isNotEqualTo(m);
            assertThat(m.pA(0)).contains(pABefore);
            assertThat(m.pB(0)).contains(pBBefore);
            double[] before = pBBefore.unsafeData();
            double[] after = learned.pB(0).orElseThrow().unsafeData();
            double added = 0.0;
            for (int i = 0; i < before.length; i++) {
                assertThat(after[i]).isGreaterThanOrEqualTo(before[i]);
                added += after[i] - before[i];
            }
            assertThat(added).as("two valid transitions, one count each").isCloseTo(2.0, within(1e-12));
            double[] pA = learned.pA(0).orElseThrow().unsafeData();
            assertThat(pA[0] + pA[1] + pA[2] + pA[3] - 20.0).isCloseTo(3.0, within(1e-12));
        }
    }

    @Test
    void offlineBLearningOnAToggleCountsOuterProductsOfConsecutiveBeliefs() {
        DoubleTensor swap = DoubleTensor.of(new double[] {0, 1, 1, 0}, 2, 2, 1);
        GenerativeModel m = GenerativeModel.builder(List.of(DoubleTensor.of(new double[] {1, 0, 0, 1}, 2, 2)),
                List.of(swap)).pB(List.of(DoubleTensor.filled(1.0, 2, 2, 1))).build();
        double[][][] qs = {{{1, 0}, {0, 1}, {1, 0}, {0, 1}}};
        double[][][] obs = Observations.oneHotSequence(new int[][] {{0, 1, 0, 1}}, m.numObs());
        int[][] actions = {{0}, {0}, {0}, {0}};
        GenerativeModel learned = ParameterLearning.inferParameters(m, StateInference.fpi(),
                ParameterLearning.Options.of(false, true), qs, obs, actions, null);
        // layout (next, prev): 0 -> 1 twice, 1 -> 0 once
        assertThat(learned.pB(0).orElseThrow().data()).containsExactly(1, 2, 3, 1);
        assertThat(learned.B(0).data()).containsExactly(new double[] {0.25, 2.0 / 3, 0.75, 1.0 / 3}, within(1e-15));
    }

    @Test
    void theLegacyMaskKeepsStructuralZeros() {
        GenerativeModel m = Models.twoState();
        double[][][] joints = {{{0.25, 0.25, 0.25, 0.25}}};
        GenerativeModel unmasked = DirichletLearning.updateB(m, joints, new int[][] {{0}}, 1.0, CountMask.NONE);
        GenerativeModel masked = DirichletLearning.updateB(m, joints, new int[][] {{0}}, 1.0, CountMask.STRUCTURAL);
        // B[:, :, 0] is the identity: its off-diagonal entries are structural zeros
        assertThat(unmasked.pB(0).orElseThrow().get(1, 0, 0)).isEqualTo(1.25);
        assertThat(masked.pB(0).orElseThrow().get(1, 0, 0)).isEqualTo(1.0);
        assertThat(masked.pB(0).orElseThrow().get(0, 0, 0)).isEqualTo(1.25);
    }

    @Test
    void learningWithoutAPriorIsAnError() {
        GenerativeModel m = GenerativeModel.builder(List.of(Models.a()), List.of(Models.b())).build();
        assertThatThrownBy(() -> DirichletLearning.updateA(m, new double[][][] {{{1, 0}}},
                new double[][][] {{{1, 0}}}, 1.0, CountMask.NONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pA is required");
    }

    @Test
    void aBatchSmoothsEveryAgentWhenAnyAgentHasAValidTransition() {
        ModelBatch batch = ModelBatch.of(Models.twoState(), 2);
        double[][][] beliefs = {{{0.9, 0.1}, {0.2, 0.8}}};
        double[][][] obs = Observations.oneHotSequence(new int[][] {{0, 1}}, new int[] {2});
        List<int[][]> actions = List.of(new int[][] {{-1}}, new int[][] {{1}});
        ModelBatch learned = ParameterLearning.inferParameters(batch, StateInference.exact(),
                ParameterLearning.Options.of(false, true), List.of(beliefs, beliefs), List.of(obs, obs), actions, null);
        assertThat(learned.agent(0).pB(0)).isEqualTo(batch.agent(0).pB(0));
        assertThat(learned.agent(1).pB(0)).isNotEqualTo(batch.agent(1).pB(0));
        assertThat(learned.isUniform()).isFalse();
    }
}
