package io.aifgym.agents.aif.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.agent.Block;
import io.aifgym.gym.golden.GoldenCase;
import io.aifgym.gym.golden.GoldenValues;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Carry;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.tensor.DoubleTensor;
import io.aifgym.gym.testkit.golden.GoldenCases;
import io.aifgym.gym.testkit.golden.GoldenComparison;
import io.aifgym.gym.testkit.golden.GoldenTests;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.vector.VectorReset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reproduces pymdp 1.0's {@code rollout} on GridWorld (the {@code jax_rollout_gridworld}
 * reference cases) with the agent and the generic {@link Rollout}: each pymdp block of
 * {@code T} steps is a rollout of {@code T + 1} steps from a reset env and a new episode of the
 * agent; every step's action, observation, filtered belief, {@code q_pi} and {@code neg_efe},
 * and the learned Dirichlet parameters after every block, must match.
 */
class JaxRolloutGridworldTest {

    static Stream<Path> cases() throws IOException {
        Path dir = GoldenTests.sharedDir().resolve("golden-jax").resolve("jax_rollout_gridworld");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    /** Step by step (one-step rollouts), comparing every recorded value. */
    @ParameterizedTest
    @MethodSource("cases")
    void everyStepMatchesPymdp(Path file) {
        GoldenCase c = GoldenCases.read(file).goldenCase();
        List<Map<String, Object>> produced = run(c, true);
        compareBlocks(c, produced);
    }

    /** Whole blocks through one {@code Rollout.run} each (offline learning by the rollout itself). */
    @ParameterizedTest
    @MethodSource("cases")
    void wholeBlocksMatchPymdp(Path file) {
        GoldenCase c = GoldenCases.read(file).goldenCase();
        List<Map<String, Object>> produced = run(c, false);
        compareBlocks(c, produced);
    }

    private static void compareBlocks(GoldenCase c, List<Map<String, Object>> produced) {
        List<?> expected = GoldenValues.list(c.expected().get("blocks"));
        assertThat(produced).hasSize(expected.size());
        for (int b = 0; b < expected.size(); b++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> want = new HashMap<>((Map<String, Object>) expected.get(b));
            want.keySet().retainAll(produced.get(b).keySet());
            GoldenComparison.Outcome outcome = GoldenComparison.compare(want, produced.get(b), c.atol());
            assertThat(outcome.passed()).as("%s block %d: %s (max error %s at %s)", c.name(), b, outcome.problem(),
                    outcome.maxError(), outcome.where()).isTrue();
        }
    }

    /** The agent and env of a case. */
    static AifAgent agent(GoldenCase c) {
        Map<String, Object> p = c.params();
        DoubleTensor pA = c.input("pA") == null ? null : GoldenValues.tensors(c.input("pA")).get(0);
        DoubleTensor pB = c.input("pB") == null ? null : GoldenValues.tensors(c.input("pB")).get(0);
        DoubleTensor a = c.input("A") == null ? Maths.normaliseColumns(pA) : GoldenValues.tensors(c.input("A")).get(0);
        DoubleTensor b = c.input("B") == null ? Maths.normaliseColumns(pB) : GoldenValues.tensors(c.input("B")).get(0);
        GenerativeModel model = GenerativeModel.builder(List.of(a), List.of(b))
                .C(GoldenValues.tensors(c.input("C")))
                .D(GoldenValues.tensors(c.input("D")))
                .pA(pA == null ? null : List.of(pA))
                .pB(pB == null ? null : List.of(pB))
                .build();
        AifConfig config = AifConfig.DEFAULT
                .withPolicyLen(((Number) p.get("policy_len")).intValue())
                .withInference(AifConfig.Algorithm.valueOf(((String) p.get("inference_algo")).toUpperCase()),
                        ((Number) p.get("num_iter")).intValue())
                .withPrecisions(((Number) p.get("gamma")).doubleValue(), ((Number) p.get("alpha")).doubleValue())
                .withTerms((Boolean) p.get("use_utility"), (Boolean) p.get("use_states_info_gain"),
                        (Boolean) p.get("use_param_info_gain"))
                .withLearning(AifConfig.LearningMode.valueOf(((String) p.get("learning_mode")).toUpperCase()),
                        (Boolean) p.get("learn_A"), (Boolean) p.get("learn_B"));
        return new AifAgent(model, config);
    }

    private static List<Map<String, Object>> run(GoldenCase c, boolean stepwise) {
        int steps = ((Number) c.params().get("T")).intValue() + 1;
        int blocks = ((Number) c.params().get("num_blocks")).intValue();
        AifAgent agent = agent(c);
        DeterministicPomdp env = new DeterministicPomdp(GoldenValues.tensors(c.input("env_B")).get(0),
                GoldenValues.tensors(c.input("env_D")).get(0), -1);
        VectorEnv<Integer, int[], int[]> venv = VectorEnv.of(env, 1);
        Key root = Key.of(2024);
        AifState state = agent.init(root);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int block = 0; block < blocks; block++) {
            VectorReset<Integer, int[]> reset = venv.reset(root.fold(block));
            Carry<AifState, Integer, int[]> carry = new Carry<>(List.of(agent.newEpisode(state)), reset.state(),
                    reset.observations(), root.fold(1000 + block));
            int[] actions = new int[steps];
            int[] observations = new int[steps];
            List<double[]> qs = new ArrayList<>();
            List<double[]> qPi = new ArrayList<>();
            List<double[]> negEfe = new ArrayList<>();
            if (stepwise) {
                List<int[]> obsColumn = new ArrayList<>();
                List<int[]> actColumn = new ArrayList<>();
                for (int t = 0; t < steps; t++) {
                    Rollout.Result<AifState, Integer, int[], int[]> r = Rollout.run(agent, venv, 1, carry,
                            new Rollout.Options(false, 1));
                    AifState s = r.carry().agentStates().get(0);
                    observations[t] = r.trajectory().observations().get(0).get(0)[0];
                    actions[t] = r.trajectory().actions().get(0).get(0)[0];
                    obsColumn.add(r.trajectory().observations().get(0).get(0));
                    actColumn.add(r.trajectory().actions().get(0).get(0));
                    qs.add(s.beliefs()[0]);
                    qPi.add(s.posterior().orElseThrow().qPi());
                    negEfe.add(s.posterior().orElseThrow().negEfe());
                    carry = r.carry();
                }
                state = agent.learnBlock(carry.agentStates().get(0),
                        new Block<>(obsColumn, actColumn, new double[steps], new boolean[steps], new boolean[steps]));
            } else {
                Rollout.Result<AifState, Integer, int[], int[]> r = Rollout.run(agent, venv, steps, carry,
                        Rollout.Options.DEFAULT);
                for (int t = 0; t < steps; t++) {
                    observations[t] = r.trajectory().observations().get(t).get(0)[0];
                    actions[t] = r.trajectory().actions().get(t).get(0)[0];
                }
                state = r.carry().agentStates().get(0);
            }
            Map<String, Object> produced = new HashMap<>();
            produced.put("actions", actions);
            produced.put("observations", observations);
            produced.put("env_states", observations);
            if (stepwise) {
                produced.put("qs", qs);
                produced.put("q_pi", qPi);
                produced.put("neg_efe", negEfe);
            }
            state.model().pB(0).ifPresent(t -> produced.put("pB_after", t));
            state.model().pA(0).ifPresent(t -> produced.put("pA_after", t));
            out.add(produced);
        }
        return out;
    }
}
