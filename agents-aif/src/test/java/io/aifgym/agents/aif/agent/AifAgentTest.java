package io.aifgym.agents.aif.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.agents.aif.inference.Observations;
import io.aifgym.agents.aif.learning.ParameterLearning;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.agents.aif.model.ModelBatch;
import io.aifgym.agents.aif.planning.PolicySearch;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.agent.Block;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AifAgentTest {

    private static final DeterministicPomdp GRID = DeterministicPomdp.grid(3, 3, 0, 8);

    private static GenerativeModel gridModel(double pB) {
        return AifAgentProvider.model(GRID.generativeProcess(),
                AifConfig.ModelPriors.DEFAULT.withPB(AifConfig.DirichletPrior.flat(pB)));
    }

    /** Runs act, env step and learn for a number of steps; returns the final state. */
    private static AifState walk(AifAgent agent, AifState state, int steps, Key key, List<Decision<AifState, int[]>> out) {
        int[] obs = GRID.reset(key).observation();
        int where = obs[0];
        AifState s = state;
        for (int t = 0; t < steps; t++) {
            Decision<AifState, int[]> d = agent.act(key.child(t), s, obs);
            if (out != null) {
                out.add(d);
            }
            var step = GRID.step(key, where, d.action());
            s = agent.learn(d.state(), new Transition<>(obs, d.action(), step.reward(), step.observation(), false,
                    false));
            obs = step.observation();
            where = step.state();
        }
        return s;
    }

    // ------------------------------------------------------------------ construction

    @Test
    void learningBWithoutPBIsRefused() {
        GenerativeModel model = GenerativeModel.fromProcess(GRID.generativeProcess());
        assertThatThrownBy(() -> new AifAgent(model, AifConfig.DEFAULT.withLearning(AifConfig.LearningMode.ONLINE,
                false, true))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("learnB: expected a model with pB, found none");
    }

    @Test
    void learningAWithoutPAIsRefused() {
        GenerativeModel model = GenerativeModel.fromProcess(GRID.generativeProcess());
        assertThatThrownBy(() -> new AifAgent(model, AifConfig.DEFAULT.withLearning(AifConfig.LearningMode.OFFLINE,
                true, false))).hasMessageContaining("learnA: expected a model with pA, found none");
    }

    @Test
    void learningDWithoutPDIsRefused() {
        GenerativeModel model = GenerativeModel.fromProcess(GRID.generativeProcess());
        assertThatThrownBy(() -> new AifAgent(model, AifConfig.DEFAULT.withLearnD(true)))
                .hasMessageContaining("learnD: expected a model with pD, found none");
    }

    @Test
    void parameterInformationGainWithoutDirichletIsRefused() {
        GenerativeModel model = GenerativeModel.fromProcess(GRID.generativeProcess());
        assertThatThrownBy(() -> new AifAgent(model, AifConfig.DEFAULT.withTerms(true, true, true)))
                .hasMessageContaining("useParamInfoGain: expected a model with pA or pB, found neither");
    }

    @Test
    void inductivePlanningWithoutGoalsIsRefused() {
        GenerativeModel model = GenerativeModel.fromProcess(GRID.generativeProcess());
        assertThatThrownBy(() -> new AifAgent(model, AifConfig.DEFAULT.withInductive(AifConfig.Inductive.of(2))))
                .hasMessageContaining("inductive.enabled: expected a model with goal vectors H, found none");
    }

    @Test
    void exactInferenceOnTwoFactorsIsRefused() {
        DoubleTensor a = DoubleTensor.filled(0.5, 2, 2, 2);
        DoubleTensor b = DoubleTensor.wrap(new double[] {1, 0, 0, 1}, 2, 2, 1);
        GenerativeModel model = GenerativeModel.builder(List.of(a), List.of(b, b)).build();
        assertThatThrownBy(() -> new AifAgent(model, AifConfig.DEFAULT.withInference(AifConfig.Algorithm.EXACT, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exact");
    }

    @Test
    void aPolicySpaceTooLargeIsRefusedNamingItsSize() {
        GenerativeModel model = GenerativeModel.fromProcess(GRID.generativeProcess());
        assertThatThrownBy(() -> new AifAgent(model, AifConfig.DEFAULT.withPolicyLen(12)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("policyLen: expected a policy space of at most 67,108,864 entries")
                .hasMessageContaining("5^12 = 2.441e+08 policies x 12 steps x 1 factors")
                .hasMessageContaining("GiB");
    }

    @Test
    void aSearchTreeTooLargeIsRefusedUpFrontNamingItsSize() {
        GenerativeModel model = GenerativeModel.fromProcess(GRID.generativeProcess());
        PolicySearch.Sophisticated hugeSi = PolicySearch.Sophisticated.DEFAULT.withBudget(5_000_000, 10);
        assertThatThrownBy(() -> new AifAgent(model, AifConfig.DEFAULT.withPolicySearch(hugeSi)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("si.maxNodes: expected a search tree of at most 1.0 GiB, found maxNodes 5,000,000 x (9 "
                        + "belief entries, maxBranching 10) = 1.2 GiB");
        PolicySearch.Mcts hugeMcts = PolicySearch.Mcts.DEFAULT.withBudget(5_000_000, 6);
        assertThatThrownBy(() -> new AifAgent(model, AifConfig.DEFAULT.withPolicySearch(hugeMcts)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mcts.numSimulations: expected a search tree of at most 1.0 GiB, found (numSimulations "
                        + "5,000,000 + 1) nodes x (9 belief entries, 5 actions) = 1.2 GiB");
        // 400,000 nodes of 257 bytes (98 MiB) fit one at a time, but not kept for 1,000 agents
        AifAgent reusing = new AifAgent(model, AifConfig.DEFAULT.withPolicySearch(
                PolicySearch.Sophisticated.DEFAULT.withBudget(400_000, 10).withTreeOptions(true, true)));
        assertThatThrownBy(() -> reusing.initBatch(Key.of(0), 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("si.maxNodes: expected search trees that fit in half of this JVM's")
                .hasMessageContaining("found 1,001 trees (one kept per agent for reuseTree, plus one per planning "
                        + "thread) of 98.0 MiB each = 95.8 GiB; lower si.maxNodes or batchThreads");
        assertThat(reusing.initBatch(Key.of(0), 2)).hasSize(2);
    }

    @Test
    void givenPoliciesAreUsedAndMustFitTheModel() {
        GenerativeModel model = GenerativeModel.fromProcess(GRID.generativeProcess());
        io.aifgym.agents.aif.control.Policies stayOrRight = io.aifgym.agents.aif.control.Policies.of(
                new int[][][] {{{4}, {4}}, {{1}, {1}}}, new int[] {5});
        AifAgent agent = new AifAgent(ModelBatch.of(model, 1), AifConfig.DEFAULT, stayOrRight);
        assertThat(agent.policies().count()).isEqualTo(2);
        Decision<AifState, int[]> d = agent.act(Key.of(0), agent.init(Key.of(0)), new int[] {0});
        assertThat(d.action()[0]).isIn(1, 4);
        assertThatThrownBy(() -> new AifAgent(ModelBatch.of(model, 1), AifConfig.DEFAULT,
                io.aifgym.agents.aif.control.Policies.enumerate(new int[] {4}, 1)))
                .hasMessage("policies: expected actions for the model's controls [5], found [4]");
        GenerativeModel withE = model.toBuilder().E(DoubleTensor.vector(1, 2, 3)).build();
        assertThatThrownBy(() -> new AifAgent(withE, AifConfig.DEFAULT))
                .hasMessage("E: expected one prior probability per policy (5), found 3");
    }

    @Test
    void anObservationOfTheWrongShapeIsRefused() {
        AifAgent agent = new AifAgent(GenerativeModel.fromProcess(GRID.generativeProcess()), AifConfig.DEFAULT);
        AifState s = agent.init(Key.of(0));
        assertThatThrownBy(() -> agent.act(Key.of(1), s, new int[] {0, 1}))
                .hasMessage("observation: expected one outcome per modality (1), found 2");
        assertThatThrownBy(() -> agent.act(Key.of(1), s, new int[] {9}))
                .hasMessage("observation[0]: expected an outcome in [0, 9) or -1 (no evidence), found 9");
    }

    // ------------------------------------------------------------------ acting

    @Test
    void theFirstStepUsesDAndLaterStepsPropagateTheLastPosterior() {
        AifAgent agent = new AifAgent(GenerativeModel.fromProcess(GRID.generativeProcess()),
                AifConfig.DEFAULT.withPolicyLen(2));
        AifState s0 = agent.init(Key.of(0));
        assertThat(s0.beliefs()[0]).containsExactly(Maths.oneHot(0, 9));
        assertThat(s0.action()).isEmpty();
        Decision<AifState, int[]> d = agent.act(Key.of(1), s0, new int[] {0});
        assertThat(d.state().action()).contains(d.action());
        assertThat(d.state().posterior()).isPresent();
        assertThat(Maths.sum(d.state().posterior().orElseThrow().qPi(), 0, 25)).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(d.diagnostics()).containsOnlyKeys("neg_efe_max", "q_pi_max", "q_pi_entropy", "vfe");
        assertThat(d.state().episodeStep()).isEqualTo(1);
    }

    @Test
    void actBatchEqualsPerAgentActsWithPerAgentModelsAndThreads() {
        List<GenerativeModel> models = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            models.add(gridModel(0.1 + i));
        }
        AifConfig config = AifConfig.DEFAULT.withPolicyLen(2).withTerms(true, true, true)
                .withActionSelection(AifConfig.Selection.STOCHASTIC, SamplingMode.FULL)
                .withLearning(AifConfig.LearningMode.ONLINE, false, true);
        AifAgent threaded = new AifAgent(ModelBatch.of(models), config.withBatchThreads(2));
        List<AifState> states = new ArrayList<>();
        List<int[]> obs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            states.add(walk(threaded, threaded.initial(i), 3 + i, Key.of(i), null));
            obs.add(new int[] {(2 * i + 1) % 9});
        }
        Key key = Key.of(99);
        List<Decision<AifState, int[]>> batch = threaded.actBatch(key, states, obs);
        for (int i = 0; i < 4; i++) {
            Decision<AifState, int[]> single = threaded.act(key.child(i), states.get(i), obs.get(i));
            assertThat(batch.get(i).action()).containsExactly(single.action());
            assertThat(batch.get(i).diagnostics()).isEqualTo(single.diagnostics());
            assertThat(batch.get(i).state().posterior()).isEqualTo(single.state().posterior());
            assertThat(batch.get(i).state().beliefs()).isDeepEqualTo(single.state().beliefs());
        }
        assertThatThrownBy(() -> threaded.init(Key.of(0))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> threaded.initBatch(Key.of(0), 3)).hasMessageContaining("expected 4 agents");
    }

    @Test
    void multiActionModelsEmitOneActionPerControlFactor() {
        // one factor of 4 states moved by two binary control factors (flat action = 2 * c0 + c1)
        double[] b = new double[4 * 4 * 2 * 2];
        for (int s = 0; s < 4; s++) {
            for (int c0 = 0; c0 < 2; c0++) {
                for (int c1 = 0; c1 < 2; c1++) {
                    b[((2 * c0 + c1) * 4 + s) * 4 + c0 * 2 + c1] = 1.0;
                }
            }
        }
        GenerativeModel model = GenerativeModel.builder(List.of(DoubleTensor.wrap(identity(4), 4, 4)),
                List.of(DoubleTensor.wrap(b, 4, 4, 2, 2)))
                .bActionDependencies(new int[][] {{0, 1}}, new int[] {2, 2})
                .C(List.of(DoubleTensor.vector(0, 0, 0, 5)))
                .build();
        AifAgent agent = new AifAgent(model, AifConfig.DEFAULT);
        Decision<AifState, int[]> d = agent.act(Key.of(0), agent.init(Key.of(0)), new int[] {0});
        assertThat(d.action()).containsExactly(1, 1);
        assertThat(d.state().action().orElseThrow()).containsExactly(3);
        assertThatThrownBy(() -> new AifAgent(model, AifConfig.DEFAULT.withActionSelection(
                AifConfig.Selection.DETERMINISTIC, SamplingMode.MARGINAL))).hasMessageContaining("samplingMode");
    }

    // ------------------------------------------------------------------ learning

    @Test
    void onlineFpiLearningEqualsPymdpsPerStepUpdate() {
        AifConfig config = AifConfig.DEFAULT.withPolicyLen(2).withTerms(false, true, true)
                .withLearning(AifConfig.LearningMode.ONLINE, false, true).withLearningRates(1.0, 0.5, 1.0);
        GenerativeModel model = gridModel(0.3);
        AifAgent agent = new AifAgent(model, config);
        List<Decision<AifState, int[]>> decisions = new ArrayList<>();
        AifState end = walk(agent, agent.init(Key.of(0)), 6, Key.of(3), decisions);
        GenerativeModel expected = model;
        double[][] before = priorD(model);
        int[] actionBefore = {-1};
        for (Decision<AifState, int[]> d : decisions) {
            double[][] qs = d.state().beliefs();
            double[][][] beliefsB = {{before[0], qs[0]}};
            int[] obs = {Maths.argmax(qs[0])};
            expected = ParameterLearning.inferParameters(expected, config.stateInference(), config.learningOptions(),
                    new double[][][] {{qs[0]}}, Observations.asSequence(Observations.oneHot(obs, new int[] {9})),
                    new int[][] {actionBefore}, beliefsB);
            before = qs;
            actionBefore = d.action();
        }
        assertThat(end.model()).isEqualTo(expected);
        assertThat(end.model().pB(0).orElseThrow()).isNotEqualTo(model.pB(0).orElseThrow());
    }

    @Test
    void offlineLearningHappensOnlyAtTheBlockEndAndKeepsBeliefs() {
        AifConfig config = AifConfig.DEFAULT.withInference(AifConfig.Algorithm.EXACT, 1).withTerms(false, true, true)
                .withLearning(AifConfig.LearningMode.OFFLINE, false, true);
        GenerativeModel model = gridModel(0.3);
        AifAgent agent = new AifAgent(model, config);
        List<Decision<AifState, int[]>> decisions = new ArrayList<>();
        AifState end = walk(agent, agent.init(Key.of(0)), 5, Key.of(4), decisions);
        assertThat(end.model()).isSameAs(model);
        assertThat(end.historyLength()).isEqualTo(5);
        AifState learned = agent.learnBlock(end, emptyBlock(5));
        double[][][] beliefs = {new double[5][]};
        int[][] obs = {new int[5]};
        int[][] actions = new int[5][];
        for (int t = 0; t < 5; t++) {
            beliefs[0][t] = decisions.get(t).state().beliefs()[0];
            obs[0][t] = Maths.argmax(beliefs[0][t]);
            actions[t] = decisions.get(t).action();
        }
        GenerativeModel expected = ParameterLearning.inferParameters(model, config.stateInference(),
                config.learningOptions(), beliefs, Observations.oneHotSequence(obs, new int[] {9}), actions, null);
        assertThat(learned.model()).isEqualTo(expected);
        assertThat(learned.historyLength()).isZero();
        assertThat(learned.beliefs()).isDeepEqualTo(end.beliefs());
        assertThat(learned.action()).isPresent();
    }

    @Test
    void anEpisodeEndResetsBeliefsAndSplitsOfflineLearning() {
        AifConfig config = AifConfig.DEFAULT.withInference(AifConfig.Algorithm.EXACT, 1)
                .withLearning(AifConfig.LearningMode.OFFLINE, false, true);
        GenerativeModel model = gridModel(0.3);
        AifAgent agent = new AifAgent(model, config);
        AifState s = agent.init(Key.of(0));
        List<double[]> first = new ArrayList<>();
        List<int[]> firstActions = new ArrayList<>();
        int[][] observations = {{0}, {1}, {4}, {4}, {5}};
        for (int t = 0; t < observations.length; t++) {
            Decision<AifState, int[]> d = agent.act(Key.of(t), s, observations[t]);
            first.add(d.state().beliefs()[0]);
            firstActions.add(d.action());
            boolean done = t == 1;
            s = agent.learn(d.state(), new Transition<>(observations[t], d.action(), 0.0, new int[] {0}, done, false));
            if (done) {
                assertThat(s.beliefs()[0]).containsExactly(Maths.oneHot(0, 9));
                assertThat(s.action()).isEmpty();
                assertThat(s.episodeStep()).isZero();
            }
        }
        AifState learned = agent.learnBlock(s, emptyBlock(5));
        GenerativeModel expected = model;
        int[][] bounds = {{0, 2}, {2, 5}};
        for (int[] range : bounds) {
            int n = range[1] - range[0];
            double[][][] beliefs = {first.subList(range[0], range[1]).toArray(new double[0][])};
            int[][] obs = {new int[n]};
            for (int t = 0; t < n; t++) {
                obs[0][t] = observations[range[0] + t][0];
            }
            expected = ParameterLearning.inferParameters(expected, config.stateInference(), config.learningOptions(),
                    beliefs, Observations.oneHotSequence(obs, new int[] {9}),
                    firstActions.subList(range[0], range[1]).toArray(new int[0][]), null);
        }
        assertThat(learned.model()).isEqualTo(expected);
    }

    @Test
    void onlineDLearningCountsTheFirstPosteriorOfEachEpisode() {
        GenerativeModel model = AifAgentProvider.model(GRID.generativeProcess(), AifConfig.ModelPriors.DEFAULT
                .withPD(AifConfig.DirichletPrior.flat(1.0)));
        AifAgent agent = new AifAgent(model, AifConfig.DEFAULT.withLearnD(true).withLearningRates(1.0, 1.0, 2.0));
        Decision<AifState, int[]> d = agent.act(Key.of(0), agent.init(Key.of(0)), new int[] {4});
        AifState s = agent.learn(d.state(), new Transition<>(new int[] {4}, d.action(), 0.0, new int[] {4}, true,
                false));
        double[] pD = s.model().pD(0).orElseThrow().data();
        double[] q = d.state().beliefs()[0];
        for (int i = 0; i < 9; i++) {
            assertThat(pD[i]).isCloseTo(1.0 + 2.0 * q[i], org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(s.beliefs()[0]).containsExactly(s.model().dData(0));
    }

    @Test
    void sequenceMethodsKeepAWindowOfTheHorizonAndReadjustThePrior() {
        AifConfig config = AifConfig.DEFAULT.withPolicyLen(1).withInference(AifConfig.Algorithm.MMP, 8)
                .withInferenceHorizon(3);
        AifAgent agent = new AifAgent(GenerativeModel.fromProcess(GRID.generativeProcess()), config);
        AifState s = agent.init(Key.of(0));
        int[] expectedLength = {1, 2, 3, 3, 3};
        int[][] observations = {{0}, {1}, {2}, {5}, {8}};
        for (int t = 0; t < observations.length; t++) {
            Decision<AifState, int[]> d = agent.act(Key.of(t), s, observations[t]);
            assertThat(d.state().windowLength()).isEqualTo(expectedLength[t]);
            double[] q = d.state().beliefs()[0];
            assertThat(Maths.sum(q, 0, q.length)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(Double.isFinite(d.diagnostics().get("vfe"))).isTrue();
            s = agent.learn(d.state(), new Transition<>(observations[t], d.action(), 0.0, observations[t], false,
                    false));
        }
        AifState fresh = agent.newEpisode(s);
        assertThat(fresh.windowLength()).isZero();
        assertThat(fresh.action()).isEmpty();
    }

    @Test
    void learningBeforePlanningPlansWithTheUpdatedModel() {
        AifConfig after = AifConfig.DEFAULT.withPolicyLen(2).withTerms(false, true, true)
                .withLearning(AifConfig.LearningMode.ONLINE, false, true);
        AifConfig before = after.withLegacy(new AifConfig.Legacy(null, null, null,
                AifConfig.LearningOrder.BEFORE_PLANNING));
        GenerativeModel model = gridModel(0.2);
        AifAgent agentAfter = new AifAgent(model, after);
        AifAgent agentBefore = new AifAgent(model, before);
        Decision<AifState, int[]> a0 = agentAfter.act(Key.of(0), agentAfter.init(Key.of(0)), new int[] {0});
        AifState a1 = agentAfter.learn(a0.state(), new Transition<>(new int[] {0}, a0.action(), 0, new int[] {1},
                false, false));
        Decision<AifState, int[]> b0 = agentBefore.act(Key.of(0), agentBefore.init(Key.of(0)), new int[] {0});
        AifState b1 = agentBefore.learn(b0.state(), new Transition<>(new int[] {0}, b0.action(), 0, new int[] {1},
                false, false));
        Decision<AifState, int[]> a2 = agentAfter.act(Key.of(1), a1, new int[] {1});
        Decision<AifState, int[]> b2 = agentBefore.act(Key.of(1), b1, new int[] {1});
        // same beliefs, but "before" planned with the model that learned from this step's transition
        assertThat(b2.state().beliefs()).isDeepEqualTo(a2.state().beliefs());
        assertThat(b2.state().model()).isNotEqualTo(a2.state().model());
        assertThat(b2.state().posterior()).isNotEqualTo(a2.state().posterior());
        AifState a3 = agentAfter.learn(a2.state(), new Transition<>(new int[] {1}, a2.action(), 0, new int[] {1},
                false, false));
        assertThat(a3.model()).isEqualTo(b2.state().model());
    }

    // ------------------------------------------------------------------ provider

    @Test
    void theProviderBuildsTheModelFromTheEnvWithThePriorsAsked() {
        GridWorld env = new GridWorld(GridWorld.Config.of(2, 2));
        AifConfig config = AifConfig.DEFAULT.withModel(AifConfig.ModelPriors.DEFAULT
                .withPB(AifConfig.DirichletPrior.flat(0.25))
                .withPA(AifConfig.DirichletPrior.aroundTruth(4.0, 1.0))
                .withInitialBeliefs(AifConfig.InitialBeliefs.FLAT)
                .withPreferences(List.of(List.of(0.0, 0.0, 0.0, 1.0))));
        AifAgent agent = new AifAgentProvider().create(config, env);
        GenerativeModel m = agent.models().agent(0);
        assertThat(m.pB(0).orElseThrow().data()).containsOnly(0.25);
        assertThat(m.B(0).data()).containsOnly(0.25);
        assertThat(m.pA(0).orElseThrow().get(0, 0)).isEqualTo(5.0);
        assertThat(m.pA(0).orElseThrow().get(1, 0)).isEqualTo(1.0);
        assertThat(m.A(0)).isEqualTo(env.generativeProcess().A().get(0));
        assertThat(m.dData(0)).containsExactly(0.25, 0.25, 0.25, 0.25);
        assertThat(m.cData(0)).containsExactly(0.0, 0.0, 0.0, 1.0);
    }

    @Test
    void theProviderRefusesAnEnvWithoutAGenerativeProcess() {
        var bandit = new io.aifgym.envs.bandit.BernoulliBandit(io.aifgym.envs.bandit.BernoulliBandit.Config.DEFAULT);
        assertThatThrownBy(() -> new AifAgentProvider().create(AifConfig.DEFAULT, bandit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("env: expected an env exposing its generative process")
                .hasMessageContaining(bandit.spec().id().toString());
    }

    @Test
    void theProviderRefusesPreferencesOfTheWrongLength() {
        assertThatThrownBy(() -> new AifAgentProvider().create(AifConfig.DEFAULT.withModel(
                AifConfig.ModelPriors.DEFAULT.withPreferences(List.of(List.of(1.0, 2.0)))), GRID))
                .hasMessage("model.preferences[0]: expected 9 values, found 2 [1.0, 2.0]");
    }

    @Test
    void theProviderIsRegistered() {
        var registry = io.aifgym.gym.registry.AgentRegistry.load(AifAgentTest.class.getClassLoader());
        assertThat(registry.ids()).contains(AifAgentProvider.ID);
        assertThat(registry.make(AifAgentProvider.ID, AifConfig.DEFAULT, GRID)).isInstanceOf(AifAgent.class);
    }

    // ------------------------------------------------------------------ helpers

    private static double[][] priorD(GenerativeModel m) {
        return new double[][] {m.dData(0).clone()};
    }

    private static double[] identity(int n) {
        double[] out = new double[n * n];
        for (int i = 0; i < n; i++) {
            out[i * n + i] = 1.0;
        }
        return out;
    }

    private static Block<int[], int[]> emptyBlock(int n) {
        List<int[]> obs = new ArrayList<>(Arrays.asList(new int[n][1]));
        return new Block<>(obs, obs, new double[n], new boolean[n], new boolean[n]);
    }
}
