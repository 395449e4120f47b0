package io.aifgym.agents.aif.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-derived oracles of spec 11.3 and the invariants of 11.1-11.2. */
class ExpectedFreeEnergyTest {

    /** A = [[0.9, 0.2], [0.1, 0.8]], action 0 = identity, action 1 = swap, C = [1, -1]. */
    private static EfeModel workedExample() {
        DoubleTensor a = DoubleTensor.of(new double[] {0.9, 0.2, 0.1, 0.8}, 2, 2);
        // B[s', s, u]
        DoubleTensor b = DoubleTensor.of(new double[] {1, 0, 0, 1, 0, 1, 1, 0}, 2, 2, 2);
        return EfeModel.of(List.of(a), List.of(b), List.of(DoubleTensor.vector(1, -1)));
    }

    private static final double[][] QS = {{0.7, 0.3}};

    @Test
    void workedExampleOfSection55() {
        EfeModel model = workedExample();
        PolicyInference one = PolicyInference.of(Policies.enumerate(new int[] {2}, 1));
        PolicyPosterior l1 = one.infer(PlanningModel.compile(model, EfeOptions.DEFAULT), QS, PolicyPrior.uniform(1));
        assertThat(l1.negEfe()).containsExactly(new double[] {0.621422, 0.049052}, within(1e-6));
        assertThat(l1.qPi()).containsExactly(new double[] {0.639310, 0.360690}, within(1e-6));
        PolicyInference two = PolicyInference.of(Policies.enumerate(new int[] {2}, 2));
        PolicyPosterior l2 = two.infer(PlanningModel.compile(model, EfeOptions.DEFAULT), QS, PolicyPrior.uniform(1));
        assertThat(l2.negEfe()).containsExactly(new double[] {1.242844, 0.670474, 0.098104, 0.670474}, within(1e-6));
        assertThat(l2.qPi()).containsExactly(new double[] {0.408717, 0.230593, 0.130097, 0.230593}, within(1e-6));
    }

    @Test
    void exactNoveltyWeightsAndPANovelty() {
        DoubleTensor w = ExpectedFreeEnergy.noveltyWeights(DoubleTensor.of(new double[] {1, 2, 3, 4}, 2, 2),
                NoveltyForm.EXACT);
        assertThat(w.data()).containsExactly(new double[] {0.302961, 0.148612, 0.037682, 0.038798}, within(1e-6));
        EfeModel model = workedExample().withDirichlet(List.of(DoubleTensor.of(new double[] {2, 1, 1, 3}, 2, 2)), null);
        EfeOptions noveltyOnly = EfeOptions.DEFAULT.withTerms(false, false, true, false);
        double nov = ExpectedFreeEnergy.negEfe(model, QS, new int[][] {{0}}, noveltyOnly);
        assertThat(nov).isCloseTo(0.158623, within(1e-6));
    }

    @Test
    void exactNoveltyIsFiniteOverTwentyFourDecadesAndDecreasesWithConcentration() {
        double[] alpha = {0.0, 1e-12, 1e-6, 1.0, 1e6, 1e12};
        DoubleTensor w = ExpectedFreeEnergy.noveltyWeights(DoubleTensor.of(alpha, 3, 2), NoveltyForm.EXACT);
        for (double v : w.data()) {
            assertThat(v).isFinite();
        }
        assertThat(w.get(0, 0)).isZero();
        EfeModel model = workedExample();
        EfeOptions noveltyOnly = EfeOptions.DEFAULT.withTerms(false, false, true, false);
        double[] base = {2, 1, 1, 3};
        double previous = Double.POSITIVE_INFINITY;
        for (double scale : new double[] {1.0, 1.02, 1.05, 1.1}) {
            double[] scaled = base.clone();
            for (int i = 0; i < scaled.length; i++) {
                scaled[i] *= scale;
            }
            EfeModel m = model.withDirichlet(List.of(DoubleTensor.of(scaled, 2, 2)), null);
            double nov = ExpectedFreeEnergy.negEfe(m, QS, new int[][] {{0}}, noveltyOnly);
            assertThat(nov).isLessThan(previous);
            previous = nov;
        }
    }

    @Test
    void spmNoveltyWeightsAreMinusSpmWnorm() {
        DoubleTensor w = ExpectedFreeEnergy.noveltyWeights(DoubleTensor.of(new double[] {1, 2, 3, 0}, 2, 2),
                NoveltyForm.SPM);
        assertThat(w.data()).containsExactly(new double[] {1 - 0.25, 0.5 - 0.5, 1.0 / 3 - 0.25, 0.0}, within(1e-12));
    }

    @Test
    void legacyUtilityShiftsEveryPolicyEquallyAndLeavesTheposteriorUnchanged() {
        EfeModel model = workedExample();
        Policies policies = Policies.enumerate(new int[] {2}, 2);
        double[] raw = ExpectedFreeEnergy.negEfe(model, QS, policies, EfeOptions.DEFAULT);
        double[] log = ExpectedFreeEnergy.negEfe(model, QS, policies,
                EfeOptions.DEFAULT.withPreferences(PreferenceForm.LOG_SOFTMAX));
        double shift = log[0] - raw[0];
        assertThat(shift).isNotZero();
        for (int p = 1; p < raw.length; p++) {
            assertThat(log[p] - raw[p]).isCloseTo(shift, within(1e-12));
        }
        PolicyPrior prior = PolicyPrior.uniform(3);
        assertThat(prior.posterior(log)).containsExactly(prior.posterior(raw), within(1e-12));
    }

    @Test
    void perModalityAndSpmFactorisedInformationGainAgreeUpToTheirEpsilons() {
        EfeModel model = workedExample();
        Policies policies = Policies.enumerate(new int[] {2}, 2);
        EfeOptions salience = EfeOptions.DEFAULT.withTerms(false, true, false, false);
        double[] pymdp = ExpectedFreeEnergy.negEfe(model, QS, policies, salience);
        double[] spm = ExpectedFreeEnergy.negEfe(model, QS, policies,
                salience.withStateInfoGain(StateInfoGainForm.SPM_PER_MODALITY));
        double[] joint = ExpectedFreeEnergy.negEfe(model, QS, policies,
                salience.withStateInfoGain(StateInfoGainForm.SPM_JOINT));
        assertThat(spm).containsExactly(pymdp, within(1e-6));
        assertThat(joint).containsExactly(spm, within(1e-15));
    }

    @Test
    void jointInformationGainDiffersFromPerModalityWithTwoModalities() {
        DoubleTensor a0 = DoubleTensor.of(new double[] {0.9, 0.2, 0.1, 0.8}, 2, 2);
        DoubleTensor a1 = DoubleTensor.of(new double[] {0.7, 0.4, 0.3, 0.6}, 2, 2);
        DoubleTensor b = DoubleTensor.of(new double[] {1, 0, 0, 1, 0, 1, 1, 0}, 2, 2, 2);
        EfeModel model = EfeModel.of(List.of(a0, a1), List.of(b), null);
        EfeOptions salience = EfeOptions.DEFAULT.withTerms(false, true, false, false);
        Policies policies = Policies.enumerate(new int[] {2}, 1);
        double[] perModality = ExpectedFreeEnergy.negEfe(model, QS, policies,
                salience.withStateInfoGain(StateInfoGainForm.SPM_PER_MODALITY));
        double[] joint = ExpectedFreeEnergy.negEfe(model, QS, policies,
                salience.withStateInfoGain(StateInfoGainForm.SPM_JOINT));
        assertThat(Math.abs(joint[0] - perModality[0])).isGreaterThan(1e-3);
        // the joint mutual information never exceeds the sum of the per-modality ones
        assertThat(joint[0]).isLessThanOrEqualTo(perModality[0] + 1e-12);
    }

    @Test
    void modelShapesAreCheckedAgainstTheDependencies() {
        DoubleTensor a = DoubleTensor.of(new double[] {0.9, 0.2, 0.1, 0.8}, 2, 2);
        DoubleTensor b = DoubleTensor.of(new double[] {1, 0, 0, 1, 0, 1, 1, 0}, 2, 2, 2);
        assertThatThrownBy(() -> new EfeModel(List.of(a), List.of(b), new int[][] {{0}}, new int[][] {{0}},
                List.of(DoubleTensor.vector(1, 2, 3)), null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C[0]: expected shape [2]");
        assertThatThrownBy(() -> new EfeModel(List.of(a), List.of(b), new int[][] {{0}}, new int[][] {{0}}, null,
                List.of(DoubleTensor.vector(1, 2)), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pA[0]: expected shape [2, 2]");
        assertThatThrownBy(() -> new EfeModel(List.of(a), List.of(b), new int[][] {{1}}, new int[][] {{0}}, null,
                null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aDependencies[0]");
        DoubleTensor b2 = DoubleTensor.filled(0.5, 2, 2, 2, 1);
        assertThatThrownBy(() -> new EfeModel(List.of(a), List.of(b2, b2), new int[][] {{0}},
                new int[][] {{1, 1}, {1}}, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bDependencies[0]: expected to contain factor 0");
    }
}
