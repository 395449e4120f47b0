package io.aifgym.envs.pomdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.envs.testutil.ChiSquare;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class PomdpEnvTest {

    /** Two factors (3 and 2 states), two modalities; B[0] depends on both factors; A[1] on factor 1 only. */
    private static GenerativeProcess twoFactorProcess() {
        TensorBuilder a0 = TensorBuilder.zeros(2, 3, 2);
        for (int s0 = 0; s0 < 3; s0++) {
            for (int s1 = 0; s1 < 2; s1++) {
                double p = 0.1 + 0.2 * s0 + 0.1 * s1;
                a0.set(p, 0, s0, s1).set(1 - p, 1, s0, s1);
            }
        }
        TensorBuilder a1 = TensorBuilder.zeros(2, 2);
        a1.set(0.9, 0, 0).set(0.1, 1, 0).set(0.25, 0, 1).set(0.75, 1, 1);
        TensorBuilder b0 = TensorBuilder.zeros(3, 3, 2, 2);
        for (int s0 = 0; s0 < 3; s0++) {
            for (int s1 = 0; s1 < 2; s1++) {
                for (int u = 0; u < 2; u++) {
                    int target = (s0 + u + s1) % 3;
                    b0.set(0.7, target, s0, s1, u);
                    b0.set(b0.get((target + 1) % 3, s0, s1, u) + 0.3, (target + 1) % 3, s0, s1, u);
                }
            }
        }
        TensorBuilder b1 = TensorBuilder.zeros(2, 2, 1);
        b1.set(0.6, 0, 0, 0).set(0.4, 1, 0, 0).set(0.2, 0, 1, 0).set(0.8, 1, 1, 0);
        return new GenerativeProcess(List.of(a0.build(), a1.build()), List.of(b0.build(), b1.build()),
                List.of(DoubleTensor.vector(0.2, 0.3, 0.5), DoubleTensor.vector(0.5, 0.5)),
                new int[][] {{0, 1}, {1}}, new int[][] {{0, 1}, {1}}, GenerativeProcess.Labels.NONE);
    }

    @Test
    void spacesFollowPymdpShapes() {
        PomdpEnv env = PomdpEnv.of(twoFactorProcess());
        assertThat(env.observationSpace().nvec()).containsExactly(2, 2);
        assertThat(env.actionSpace().describe()).isEqualTo("MultiDiscrete([2, 1])");
        assertThat(env.spec().id().toString()).isEqualTo("PomdpEnv-v0");
    }

    @Test
    void resetFollowsPymdpKeyStructure() {
        PomdpEnv env = PomdpEnv.of(twoFactorProcess());
        ProcessKernel k = new ProcessKernel(twoFactorProcess());
        for (int seed = 0; seed < 30; seed++) {
            Key key = Key.of(seed);
            int s0 = k.initial(0).sample(0, key.child(1).uniform());
            int s1 = k.initial(1).sample(0, key.child(2).uniform());
            int[] state = {s0, s1};
            int o0 = k.likelihood(0).sample(s0 * 2 + s1, key.child(0).child(0).uniform());
            int o1 = k.likelihood(1).sample(s1, key.child(0).child(1).uniform());
            Reset<PomdpState, int[]> r = env.reset(key);
            assertThat(r.state().factors()).containsExactly(state);
            assertThat(r.observation()).containsExactly(o0, o1);
        }
    }

    @Test
    void stepFollowsPymdpKeyStructureAndDependencies() {
        PomdpEnv env = PomdpEnv.of(twoFactorProcess());
        ProcessKernel k = new ProcessKernel(twoFactorProcess());
        for (int seed = 0; seed < 30; seed++) {
            Key key = Key.of(100 + seed);
            PomdpState state = PomdpState.of(seed % 3, seed % 2);
            int u = (seed / 3) % 2;
            int n0 = k.transition(0).sample(((seed % 3) * 2 + seed % 2) * 2 + u, key.child(0).child(0).uniform());
            int n1 = k.transition(1).sample(seed % 2, key.child(0).child(1).uniform());
            int o0 = k.likelihood(0).sample(n0 * 2 + n1, key.child(1).child(0).uniform());
            int o1 = k.likelihood(1).sample(n1, key.child(1).child(1).uniform());
            Step<PomdpState, int[]> s = env.step(key, state, new int[] {u, 0});
            assertThat(s.state().factors()).containsExactly(n0, n1);
            assertThat(s.observation()).containsExactly(o0, o1);
        }
    }

    @Test
    void transitionFrequenciesFollowB() {
        PomdpEnv env = PomdpEnv.of(twoFactorProcess());
        long[] counts = new long[3];
        PomdpState state = PomdpState.of(1, 1);
        for (int i = 0; i < 20_000; i++) {
            counts[env.step(Key.of(8).fold(i), state, new int[] {1, 0}).state().factor(0)]++;
        }
        double[] p = new double[3];
        DoubleTensor b0 = twoFactorProcess().B().get(0);
        for (int s = 0; s < 3; s++) {
            p[s] = b0.get(s, 1, 1, 1);
        }
        assertThat(ChiSquare.statistic(counts, p)).isLessThan(ChiSquare.critical(ChiSquare.degreesOfFreedom(p)));
    }

    @Test
    void observationFrequenciesFollowA() {
        PomdpEnv env = PomdpEnv.of(twoFactorProcess());
        long[] counts = new long[2];
        PomdpState state = PomdpState.of(2, 0);
        for (int i = 0; i < 20_000; i++) {
            counts[env.observe(Key.of(9).fold(i), state).observation()[0]]++;
        }
        double p = 0.1 + 0.2 * 2;
        assertThat(ChiSquare.statistic(counts, new double[] {p, 1 - p})).isLessThan(ChiSquare.critical(1));
    }

    @Test
    void resetToKeepsTheGivenStateAndObserveKeepsTheState() {
        PomdpEnv env = PomdpEnv.of(twoFactorProcess());
        PomdpState given = PomdpState.of(2, 1);
        Reset<PomdpState, int[]> r = env.resetTo(Key.of(1), given);
        assertThat(r.state()).isEqualTo(given);
        Reset<PomdpState, int[]> o = env.observe(Key.of(2), given);
        assertThat(o.state()).isEqualTo(given);
        assertThatThrownBy(() -> env.resetTo(Key.of(1), PomdpState.of(3, 0)))
                .hasMessage("state[0]: expected an index in [0, 3), found 3");
        assertThatThrownBy(() -> env.observe(Key.of(1), PomdpState.of(0)))
                .hasMessage("state: expected 2 factor indices, found 1");
    }

    @Test
    void paramsOverrideTheTensorsForOneCall() {
        PomdpEnv env = new PomdpEnv(PomdpEnv.Config.DEFAULT);
        DoubleTensor certainA = DoubleTensor.of(new double[] {1, 0, 0, 1}, 2, 2);
        DoubleTensor swap = DoubleTensor.of(new double[] {0, 0, 1, 1, 1, 1, 0, 0}, 2, 2, 2);
        PomdpEnv.Params params = new PomdpEnv.Params(List.of(certainA), List.of(swap),
                List.of(DoubleTensor.vector(0, 1)));
        Reset<PomdpState, int[]> r = env.reset(Key.of(4), params);
        assertThat(r.state().factors()).containsExactly(1);
        assertThat(r.observation()).containsExactly(1);
        Step<PomdpState, int[]> s = env.step(Key.of(5), r.state(), new int[] {0}, params);
        assertThat(s.state().factors()).as("action 0 swaps under the override").containsExactly(0);
        assertThat(env.step(Key.of(5), r.state(), new int[] {0}).state().factors())
                .as("the env itself is unchanged").containsExactly(1);
        assertThatThrownBy(() -> env.withParams(new PomdpEnv.Params(List.of(DoubleTensor.vector(1, 0)), List.of(swap),
                List.of(DoubleTensor.vector(0, 1))))).hasMessage("A[0]: expected shape [2, 2], found [2]");
    }

    @Test
    void defaultDependenciesAreAllFactorsForAAndSelfForB() {
        List<Object> half = List.of(List.of(0.5, 0.5), List.of(0.5, 0.5));
        List<Object> identity = List.of(List.of(List.of(1.0), List.of(0.0)), List.of(List.of(0.0), List.of(1.0)));
        PomdpEnv.Config noDeps = new PomdpEnv.Config(List.of(List.of(half, half)), List.of(identity, identity),
                List.of(List.of(0.5, 0.5), List.of(0.5, 0.5)), null, null, false, null, null, null, 10);
        GenerativeProcess p = noDeps.process();
        assertThat(p.aDependencies()).isDeepEqualTo(new int[][] {{0, 1}});
        assertThat(p.bDependencies()).isDeepEqualTo(new int[][] {{0}, {1}});
        assertThat(PomdpEnv.Config.of(twoFactorProcess()).process().aDependencies())
                .isDeepEqualTo(new int[][] {{0, 1}, {1}});
    }

    @Test
    void configRoundTripsAProcessAndRewardsTheChosenModality() {
        PomdpEnv.Config c = PomdpEnv.Config.of(twoFactorProcess());
        assertThat(c.process().A().get(0)).isEqualTo(twoFactorProcess().A().get(0));
        PomdpEnv.Config rewarded = new PomdpEnv.Config(c.A(), c.B(), c.D(), c.aDependencies(), c.bDependencies(),
                false, 1, List.of(-2.0, 3.0), List.of(1), 10);
        PomdpEnv env = new PomdpEnv(rewarded);
        for (int i = 0; i < 50; i++) {
            Step<PomdpState, int[]> s = env.step(Key.of(i), PomdpState.of(0, 0), new int[] {0, 0});
            assertThat(s.reward()).isEqualTo(s.observation()[1] == 1 ? 3.0 : -2.0);
            assertThat(s.terminated()).isEqualTo(s.observation()[1] == 1);
        }
    }

    @Test
    void rendersOneLinePerFactorWithLabelsWhenThereAreAny() {
        assertThat(PomdpEnv.of(twoFactorProcess()).render(PomdpState.of(2, 1))).contains("factor 0: 2\nfactor 1: 1\n");
        GenerativeProcess p = twoFactorProcess();
        GenerativeProcess labelled = new GenerativeProcess(p.A(), p.B(), p.D(), p.aDependencies(), p.bDependencies(),
                new GenerativeProcess.Labels(List.of("where", "mood"), List.of(), List.of(List.of("a", "b", "c"),
                        List.of("calm", "busy")), List.of(), List.of()));
        assertThat(PomdpEnv.of(labelled).render(PomdpState.of(2, 1))).contains("where: c\nmood: busy\n");
    }

    // ---- bad input: one test per validated field ----

    @Test
    void tensorsMustBeGivenAndRectangular() {
        PomdpEnv.Config d = PomdpEnv.Config.DEFAULT;
        assertThatThrownBy(() -> new PomdpEnv.Config(List.of(), d.B(), d.D(), null, null, false, null, null, null, 10))
                .hasMessage("A: expected at least one tensor, found none");
        assertThatThrownBy(() -> new PomdpEnv.Config(d.A(), List.of(List.of(List.of(1.0), List.of(1.0, 0.0))), d.D(),
                null, null, false, null, null, null, 10)).hasMessageStartingWith("B[0]: expected a rectangular array");
        assertThatThrownBy(() -> new PomdpEnv.Config(d.A(), d.B(), List.of(List.of("x")), null, null, false, null,
                null, null, 10)).hasMessageStartingWith("D[0]: expected nested lists of numbers");
    }

    @Test
    void columnsMustBeDistributions() {
        PomdpEnv.Config d = PomdpEnv.Config.DEFAULT;
        assertThatThrownBy(() -> new PomdpEnv.Config(List.of(List.of(List.of(0.9, 0.2), List.of(0.2, 0.8))), d.B(),
                d.D(), null, null, false, null, null, null, 10))
                .hasMessageStartingWith("A[0]: expected every column to sum to 1, found 1.1");
        assertThatThrownBy(() -> new PomdpEnv.Config(d.A(), d.B(), List.of(List.of(1.5, -0.5)), null, null, false,
                null, null, null, 10)).hasMessageStartingWith("D[0]: expected non-negative finite probabilities");
    }

    @Test
    void dependenciesMustMatchTheShapes() {
        PomdpEnv.Config d = PomdpEnv.Config.DEFAULT;
        assertThatThrownBy(() -> new PomdpEnv.Config(d.A(), d.B(), d.D(), List.of(List.of(1)), null, false, null,
                null, null, 10)).hasMessage("aDependencies[0]: expected factor indices in [0, 1), found [1]");
        assertThatThrownBy(() -> new PomdpEnv.Config(d.A(), d.B(), d.D(), List.of(List.of(0, 0)), null, false, null,
                null, null, 10)).hasMessageStartingWith("A[0]: expected rank 3");
        assertThatThrownBy(() -> new PomdpEnv.Config(d.A(), d.B(), d.D(), null, List.of(), false, null, null, null,
                10)).hasMessageStartingWith("bDependencies: expected an entry for index 0");
    }

    @Test
    void rewardFieldsMustFitTheRewardModality() {
        PomdpEnv.Config d = PomdpEnv.Config.DEFAULT;
        assertThatThrownBy(() -> new PomdpEnv.Config(d.A(), d.B(), d.D(), null, null, false, 1, List.of(1.0, 0.0),
                null, 10)).hasMessage("rewardModality: expected a modality in [0, 1), found 1");
        assertThatThrownBy(() -> new PomdpEnv.Config(d.A(), d.B(), d.D(), null, null, false, 0, List.of(1.0), null,
                10)).hasMessage("rewardValues: expected one reward per outcome of modality 0 (2), found 1");
        assertThatThrownBy(() -> new PomdpEnv.Config(d.A(), d.B(), d.D(), null, null, false, 0, List.of(1.0, 0.0),
                List.of(2), 10)).hasMessage("terminalOutcomes[0]: expected an outcome in [0, 2), found 2");
        assertThatThrownBy(() -> new PomdpEnv.Config(d.A(), d.B(), d.D(), null, null, false, null, List.of(1.0, 0.0),
                null, 10)).hasMessageStartingWith("rewardModality: expected a modality when rewardValues");
        assertThatThrownBy(() -> new PomdpEnv.Config(d.A(), d.B(), d.D(), null, null, false, 0,
                List.of(1.0, Double.NaN), null, 10)).hasMessage("rewardValues[1]: expected a finite number, found NaN");
    }

    @Test
    void maxEpisodeStepsMustNotBeNegative() {
        PomdpEnv.Config d = PomdpEnv.Config.DEFAULT;
        assertThatThrownBy(() -> new PomdpEnv.Config(d.A(), d.B(), d.D(), null, null, false, null, null, null, -5))
                .hasMessage("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found -5");
    }

    @Test
    void actionOutsideTheSpaceIsRefused() {
        PomdpEnv env = PomdpEnv.of(twoFactorProcess());
        assertThatThrownBy(() -> env.step(Key.of(0), PomdpState.of(0, 0), new int[] {0, 1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action: expected a member of MultiDiscrete([2, 1]), found [0, 1]");
    }
}
