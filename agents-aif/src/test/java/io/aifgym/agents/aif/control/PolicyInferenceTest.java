package io.aifgym.agents.aif.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast planner equals the policy-by-policy reference on random models. */
class PolicyInferenceTest {

    private static final double TOLERANCE = 1e-12;

    /** The plain kernel, and the Vector API kernel when the JVM has the incubator module (as under surefire). */
    private static List<Kernel> kernels() {
        List<Kernel> out = new ArrayList<>();
        out.add(PlainKernel.INSTANCE);
        Kernels.vector().ifPresent(out::add);
        return out;
    }

    private static void assertFastEqualsReference(EfeModel model, double[][] qs, Policies policies,
            EfeOptions options) {
        double[] reference = ExpectedFreeEnergy.negEfe(model, qs, policies, options);
        PlanningModel compiled = PlanningModel.compile(model, options);
        for (Kernel kernel : kernels()) {
            double[] fast = PolicyInference.of(policies, kernel).negEfe(compiled, qs);
            assertThat(fast).hasSameSizeAs(reference);
            for (int p = 0; p < fast.length; p++) {
                assertThat(fast[p]).as("policy %d with %s, %s kernel", p, options, kernel.name())
                        .isCloseTo(reference[p], within(TOLERANCE));
            }
        }
    }

    @Test
    void theVectorKernelIsAvailableUnderTheTestJvm() {
        // surefire runs with --add-modules jdk.incubator.vector (agents-aif/pom.xml)
        assertThat(Kernels.vector()).isPresent();
        assertThat(PolicyInference.of(Policies.enumerate(new int[] {2}, 1)).kernel()).isEqualTo("vector");
    }

    @Test
    void gridWorldSizedModelWithLongerPoliciesAndNearOneHotBeliefs() {
        UniformRandomProvider rng = Key.of(101).generator();
        int[] ns = {49};
        EfeModel model = RandomModels.model(rng, ns, new int[] {4}, new int[] {49}, new int[][] {{0}},
                new int[][] {{0}}, true, 1);
        double[] q = new double[49];
        java.util.Arrays.fill(q, 1e-17);
        q[17] = 1.0 - 48e-17;
        for (int length = 1; length <= 4; length++) {
            assertFastEqualsReference(model, new double[][] {q}, Policies.enumerate(new int[] {4}, length),
                    EfeOptions.DEFAULT.withTerms(true, true, true, false));
        }
    }

    private static List<EfeOptions> allOptionCombinations() {
        List<EfeOptions> out = new ArrayList<>();
        for (int mask = 1; mask < 8; mask++) {
            for (PreferenceForm pref : PreferenceForm.values()) {
                for (NoveltyForm nov : NoveltyForm.values()) {
                    out.add(EfeOptions.DEFAULT.withTerms((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0, false)
                            .withPreferences(pref).withNovelty(nov));
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void singleFactorGridLikeModel(long seed) {
        UniformRandomProvider rng = Key.of(seed).generator();
        EfeModel model = RandomModels.model(rng, new int[] {9}, new int[] {4}, new int[] {9, 3},
                new int[][] {{0}, {0}}, new int[][] {{0}}, false, 2);
        double[][] qs = RandomModels.beliefs(rng, new int[] {9});
        Policies policies = Policies.enumerate(new int[] {4}, 3);
        for (EfeOptions options : allOptionCombinations()) {
            assertFastEqualsReference(model, qs, policies, options);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void multiFactorMultiModalityWithDependencies(long seed) {
        UniformRandomProvider rng = Key.of(seed).generator();
        int[] ns = {3, 4, 2};
        int[] nu = {2, 3, 1};
        int[][] aDeps = {{0}, {1, 2}, {0, 1, 2}, {2, 0}};
        int[][] bDeps = {{0}, {1, 0}, {2, 1}};
        EfeModel model = RandomModels.model(rng, ns, nu, new int[] {3, 2, 5, 4}, aDeps, bDeps, false, 3);
        double[][] qs = RandomModels.beliefs(rng, ns);
        for (int length = 1; length <= 3; length++) {
            Policies policies = Policies.enumerate(nu, length);
            for (EfeOptions options : allOptionCombinations()) {
                assertFastEqualsReference(model, qs, policies, options);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void sparseTransitionsAndLikelihoods(long seed) {
        UniformRandomProvider rng = Key.of(seed).generator();
        int[] ns = {12, 3};
        int[] nu = {4, 2};
        EfeModel model = RandomModels.model(rng, ns, nu, new int[] {12, 3}, new int[][] {{0}, {0, 1}},
                new int[][] {{0}, {1}}, true, 1);
        double[][] qs = RandomModels.beliefs(rng, ns);
        assertFastEqualsReference(model, qs, Policies.enumerate(nu, 2),
                EfeOptions.DEFAULT.withTerms(true, true, true, false));
    }

    @Test
    void userGivenPoliciesInAnyOrderWithRepeats() {
        UniformRandomProvider rng = Key.of(31).generator();
        int[] ns = {4, 3};
        int[] nu = {3, 2};
        EfeModel model = RandomModels.model(rng, ns, nu, new int[] {4, 3}, new int[][] {{0, 1}, {1}},
                new int[][] {{0, 1}, {1}}, false, 2);
        int[][][] given = {
            {{2, 1}, {0, 0}, {1, 1}},
            {{0, 0}, {0, 0}, {0, 0}},
            {{2, 1}, {0, 0}, {2, 0}},
            {{2, 1}, {0, 0}, {1, 1}},
            {{1, 0}, {2, 1}, {0, 1}},
        };
        Policies policies = Policies.of(given, nu);
        double[][] qs = RandomModels.beliefs(rng, ns);
        for (EfeOptions options : allOptionCombinations()) {
            assertFastEqualsReference(model, qs, policies, options);
        }
        double[] negEfe = PolicyInference.of(policies).negEfe(
                PlanningModel.compile(model, EfeOptions.DEFAULT), qs);
        assertThat(negEfe[3]).isEqualTo(negEfe[0]);
    }

    @Test
    void inductiveValueMatchesReference() {
        UniformRandomProvider rng = Key.of(41).generator();
        int[] ns = {6, 3};
        int[] nu = {3, 2};
        EfeModel model = RandomModels.model(rng, ns, nu, new int[] {6}, new int[][] {{0, 1}},
                new int[][] {{0}, {1}}, true, 1);
        List<DoubleTensor> goals = List.of(DoubleTensor.vector(0, 0, 0, 0, 0, 1), DoubleTensor.vector(1, 0, 0));
        EfeModel withI = model.withInductive(Inductive.matrices(goals, model.B(), 0.1, 4));
        double[][] qs = RandomModels.beliefs(rng, ns);
        for (EfeOptions options : allOptionCombinations()) {
            EfeOptions inductive = options.withTerms(options.useUtility(), options.useStatesInfoGain(),
                    options.useParamInfoGain(), true);
            assertFastEqualsReference(withI, qs, Policies.enumerate(nu, 2), inductive);
        }
    }

    @Test
    void batchEqualsSingleAgentCallsOnAnyThreadCount() {
        UniformRandomProvider rng = Key.of(51).generator();
        int[] ns = {5};
        Policies policies = Policies.enumerate(new int[] {3}, 3);
        PolicyInference inference = PolicyInference.of(policies);
        EfeOptions options = EfeOptions.DEFAULT.withTerms(true, true, true, false);
        List<PlanningModel> models = new ArrayList<>();
        List<double[][]> beliefs = new ArrayList<>();
        List<PolicyPrior> priors = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            EfeModel model = RandomModels.model(rng, ns, new int[] {3}, new int[] {4}, new int[][] {{0}},
                    new int[][] {{0}}, false, 1);
            models.add(PlanningModel.compile(model, options));
            beliefs.add(RandomModels.beliefs(rng, ns));
            priors.add(PolicyPrior.uniform(1.0 + i));
        }
        List<PolicyPosterior> one = inference.inferBatch(models, beliefs, priors, 1);
        List<PolicyPosterior> two = inference.inferBatch(models, beliefs, priors, 2);
        assertThat(two).isEqualTo(one);
        for (int i = 0; i < models.size(); i++) {
            assertThat(one.get(i)).isEqualTo(inference.infer(models.get(i), beliefs.get(i), priors.get(i)));
        }
        assertThat(inference.negEfeBatch(models, beliefs, 2)[3]).containsExactly(one.get(3).negEfe());
        Key key = Key.of(5);
        ActionSelection stochastic = ActionSelection.stochastic(4.0);
        List<PolicyDecision> decisions = inference.decideBatch(models, beliefs, priors, stochastic,
                SamplingMode.FULL, key, 2);
        for (int i = 0; i < models.size(); i++) {
            assertThat(decisions.get(i).posterior()).isEqualTo(one.get(i));
            assertThat(decisions.get(i).action()).containsExactly(ActionSampler.select(one.get(i).qPi(), policies,
                    stochastic, SamplingMode.FULL, key.child(i)));
        }
        assertThat(inference.decideBatch(models, beliefs, priors, stochastic, SamplingMode.FULL, key, 1))
                .isEqualTo(decisions);
    }

    @Test
    void updatedPlanningModelEqualsFreshCompilation() {
        UniformRandomProvider rng = Key.of(61).generator();
        int[] ns = {5, 3};
        int[] nu = {3, 2};
        EfeModel model = RandomModels.model(rng, ns, nu, new int[] {5, 3}, new int[][] {{0}, {0, 1}},
                new int[][] {{0}, {1}}, false, 1);
        EfeOptions options = EfeOptions.DEFAULT.withTerms(true, true, true, false);
        PlanningModel compiled = PlanningModel.compile(model, options);
        // one action slice of pB[0] and a few pA entries change, as after a learning step
        double[] pb = model.pB().get(0).data();
        for (int i = 0; i < pb.length; i += 3) {
            pb[i] += 0.5;
        }
        // one concentration becomes a structural zero and zeros become positive: the mask changes
        pb[1] = 0.0;
        for (int i = 0; i < pb.length; i++) {
            if (pb[i] == 0.0 && i != 1) {
                pb[i] = 0.7;
            }
        }
        double[] pa = model.pA().get(0).data();
        pa[2] += 1.0;
        List<DoubleTensor> newPB = new ArrayList<>(model.pB());
        newPB.set(0, DoubleTensor.wrap(pb, model.pB().get(0).shape()));
        List<DoubleTensor> newPA = new ArrayList<>(model.pA());
        newPA.set(0, DoubleTensor.wrap(pa, model.pA().get(0).shape()));
        EfeModel learned = model.withDirichlet(newPA, newPB);
        double[][] qs = RandomModels.beliefs(rng, ns);
        PolicyInference inference = PolicyInference.of(Policies.enumerate(nu, 2));
        assertThat(inference.negEfe(compiled.update(learned), qs))
                .containsExactly(inference.negEfe(PlanningModel.compile(learned, options), qs));
        assertThat(compiled.update(model).source()).isSameAs(model);
    }

    @Test
    void aPlanningModelUpdatedEntryByEntryEqualsFreshCompilation() {
        UniformRandomProvider rng = Key.of(62).generator();
        int[] ns = {6, 3};
        int[] nu = {4, 2};
        EfeModel model = RandomModels.model(rng, ns, nu, new int[] {6, 3}, new int[][] {{0}, {0, 1}},
                new int[][] {{0}, {0, 1}}, false, 1);
        EfeOptions options = EfeOptions.DEFAULT.withTerms(true, true, true, false);
        PolicyInference inference = PolicyInference.of(Policies.enumerate(nu, 2));
        PlanningModel compiled = PlanningModel.compile(model, options);
        for (int step = 0; step < 12; step++) {
            // as after one online step: one column of B[f] and one entry of pB[f] (a few when f = 1)
            int f = step % 2;
            int rows = ns[f];
            List<DoubleTensor> b = new ArrayList<>(model.B());
            List<DoubleTensor> pb = new ArrayList<>(model.pB());
            double[] bf = b.get(f).data();
            double[] pbf = pb.get(f).data();
            int cols = bf.length / rows;
            for (int c = rng.nextInt(cols), n = 0; n <= f; c = (c + 1) % cols, n++) {
                double[] column = RandomModels.distribution(rng, rows);
                for (int r = 0; r < rows; r++) {
                    bf[r * cols + c] = column[r];
                }
                pbf[rng.nextInt(rows) * cols + c] += step == 5 ? -pbf[c] : 1.0;
            }
            b.set(f, DoubleTensor.wrap(bf, b.get(f).shape()));
            pb.set(f, DoubleTensor.wrap(pbf, pb.get(f).shape()));
            model = new EfeModel(model.A(), b, model.aDependencies(), model.bDependencies(), model.C(), model.pA(),
                    pb, null);
            compiled = compiled.update(model);
            double[][] qs = RandomModels.beliefs(rng, ns);
            assertThat(inference.negEfe(compiled, qs)).as("step %d", step)
                    .containsExactly(inference.negEfe(PlanningModel.compile(model, options), qs));
        }
        // a NaN in the previous transitions (a NaN whose bits change compares equal in a vectorised
        // mismatch): the changes are not trusted, the transitions are compiled whole, bit for bit
        List<DoubleTensor> b = new ArrayList<>(model.B());
        double[] nan = b.get(0).data();
        nan[3] = Double.NaN;
        b.set(0, DoubleTensor.wrap(nan, b.get(0).shape()));
        EfeModel withNaN = new EfeModel(model.A(), b, model.aDependencies(), model.bDependencies(), model.C(),
                model.pA(), model.pB(), null);
        double[] other = nan.clone();
        other[3] = Double.longBitsToDouble(0x7ff8_0000_0000_1234L);
        other[4] = 0.25;
        b.set(0, DoubleTensor.wrap(other, b.get(0).shape()));
        EfeModel changed = new EfeModel(model.A(), b, model.aDependencies(), model.bDependencies(), model.C(),
                model.pA(), model.pB(), null);
        double[][] qs = RandomModels.beliefs(rng, ns);
        assertThat(bits(inference.negEfe(compiled.update(withNaN).update(changed), qs)))
                .containsExactly(bits(inference.negEfe(PlanningModel.compile(changed, options), qs)));
    }

    private static long[] bits(double[] x) {
        long[] out = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Double.doubleToRawLongBits(x[i]);
        }
        return out;
    }

    @Test
    void spmInformationGainIsRejectedByTheFastPlannerButAnsweredByInfer() {
        UniformRandomProvider rng = Key.of(71).generator();
        EfeModel model = RandomModels.model(rng, new int[] {3}, new int[] {2}, new int[] {3, 2},
                new int[][] {{0}, {0}}, new int[][] {{0}}, false, 1);
        EfeOptions legacy = EfeOptions.LEGACY;
        assertThatThrownBy(() -> PlanningModel.compile(model, legacy))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stateInfoGain");
        Policies policies = Policies.enumerate(new int[] {2}, 2);
        double[][] qs = RandomModels.beliefs(rng, new int[] {3});
        PolicyPosterior posterior = PolicyInference.of(policies).infer(model, legacy, qs, PolicyPrior.uniform(16));
        assertThat(posterior.negEfe()).containsExactly(ExpectedFreeEnergy.negEfe(model, qs, policies, legacy));
    }

    @Test
    void noveltyWithoutDirichletTensorsIsAnError() {
        UniformRandomProvider rng = Key.of(81).generator();
        EfeModel model = RandomModels.model(rng, new int[] {3}, new int[] {2}, new int[] {3},
                new int[][] {{0}}, new int[][] {{0}}, false, 1).withDirichlet(null, null);
        EfeOptions novelty = EfeOptions.DEFAULT.withTerms(false, false, true, false);
        assertThatThrownBy(() -> PlanningModel.compile(model, novelty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pA or pB");
        assertThatThrownBy(() -> ExpectedFreeEnergy.negEfe(model, RandomModels.beliefs(rng, new int[] {3}),
                Policies.enumerate(new int[] {2}, 1), novelty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pA or pB");
    }

    @Test
    void beliefsOfTheWrongShapeAreRejected() {
        UniformRandomProvider rng = Key.of(91).generator();
        EfeModel model = RandomModels.model(rng, new int[] {3}, new int[] {2}, new int[] {3},
                new int[][] {{0}}, new int[][] {{0}}, false, 1);
        PolicyInference inference = PolicyInference.of(Policies.enumerate(new int[] {2}, 1));
        PlanningModel compiled = PlanningModel.compile(model, EfeOptions.DEFAULT);
        assertThatThrownBy(() -> inference.negEfe(compiled, new double[][] {{0.5, 0.5}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("qs[0]: expected length 3");
        PolicyInference tooMany = PolicyInference.of(Policies.enumerate(new int[] {3}, 1));
        assertThatThrownBy(() -> tooMany.negEfe(compiled, new double[][] {{0.2, 0.3, 0.5}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 2 actions");
    }

    @Test
    void posteriorIsSoftmaxOfGammaTimesNegEfePlusLogPrior() {
        double[] negEfe = {0.5, -1.0, 2.0};
        double[] prior = {0.2, 0.0, 0.8};
        double[] qPi = PolicyPrior.of(2.0, prior).posterior(negEfe);
        double[] logits = {2.0 * 0.5 + Math.log(0.2), 2.0 * -1.0 + Math.log(2.220446049250313e-16),
            2.0 * 2.0 + Math.log(0.8)};
        double max = Math.max(logits[0], Math.max(logits[1], logits[2]));
        double z = 0.0;
        for (double l : logits) {
            z += Math.exp(l - max);
        }
        for (int p = 0; p < 3; p++) {
            assertThat(qPi[p]).isCloseTo(Math.exp(logits[p] - max) / z, within(1e-15));
        }
        assertThatThrownBy(() -> PolicyPrior.of(1.0, new double[] {-0.1, 1.0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("E[0]");
        assertThatThrownBy(() -> PolicyPrior.uniform(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gamma");
    }
}
