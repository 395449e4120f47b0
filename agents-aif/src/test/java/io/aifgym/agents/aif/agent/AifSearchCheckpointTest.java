package io.aifgym.agents.aif.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.agents.aif.planning.PolicySearch;
import io.aifgym.agents.aif.planning.Replanning;
import io.aifgym.agents.aif.planning.SearchTree;
import io.aifgym.envs.pomdp.tmaze.TMaze;
import io.aifgym.envs.pomdp.tmaze.TMazeConfig;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Carry;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.vector.VectorEnv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AifAgent} as a {@code StateCodec} with a policy search: an agent with sophisticated
 * inference (with and without tree reuse) or MCTS, replanning at every step or acting on its
 * stored plan between searches, whose states are saved, written as JSON, read back and restored
 * after every step, acts, plans, learns and reports exactly as the agent that was never
 * interrupted, on pymdp's T-maze.
 */
class AifSearchCheckpointTest {

    private static final TMaze ENV = new TMaze(TMazeConfig.DEFAULT);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int STEPS = 24;
    private static final int SLOTS = 2;

    /** Nothing preferred but the reward outcome (+2) over the punishment (-6). */
    private static final AifConfig BASE = AifConfig.DEFAULT.withModel(AifConfig.ModelPriors.DEFAULT.withPreferences(
            List.of(List.of(0.0, 0.0, 0.0, 0.0, 0.0), List.of(0.0, 2.0, -6.0), List.of(0.0, 0.0, 0.0))));

    private static final PolicySearch.Sophisticated SI = PolicySearch.Sophisticated.DEFAULT.withHorizon(3);
    private static final PolicySearch.Sophisticated SI_REUSE = SI.withTreeOptions(true, true);
    private static final PolicySearch.Mcts MCTS = PolicySearch.Mcts.DEFAULT.withBudget(32, 4);

    static Stream<Arguments> searches() {
        AifConfig stochastic = BASE.withActionSelection(AifConfig.Selection.STOCHASTIC, SamplingMode.FULL);
        AifConfig learnA = BASE.withLearning(AifConfig.LearningMode.ONLINE, true, false)
                .withModel(BASE.model().withPA(AifConfig.DirichletPrior.aroundTruth(10.0, 0.5)));
        AifConfig learnABeforePlanning = learnA.withLegacy(new AifConfig.Legacy(null, null, null,
                AifConfig.LearningOrder.BEFORE_PLANNING));
        // name, config, whether saved states hold a plan, a tree, and whether searches continue a tree
        return Stream.of(
                Arguments.of("si, every step", BASE.withPolicySearch(SI), true, false, false),
                Arguments.of("si, tree reuse, every step", BASE.withPolicySearch(SI_REUSE), true, true, true),
                Arguments.of("si, tree reuse, every 3 steps", stochastic.withPolicySearch(SI_REUSE)
                        .withReplanning(Replanning.every(3)), true, true, true),
                // learning after planning changes the model at every step: the tree and plan are dropped
                Arguments.of("si, tree reuse, every 3 steps or beyond 0.1, online A learning",
                        learnA.withPolicySearch(SI_REUSE).withReplanning(new Replanning(3, 0.1)), false, false, false),
                // learning before planning: the tree and plan of the learned model are saved
                Arguments.of("si, tree reuse, every 3 steps, online A learning before planning",
                        learnABeforePlanning.withPolicySearch(SI_REUSE).withReplanning(Replanning.every(3)), true,
                        true, false),
                Arguments.of("mcts, every step", stochastic.withPolicySearch(MCTS), true, false, false),
                Arguments.of("mcts, every 2 steps", stochastic.withPolicySearch(MCTS)
                        .withReplanning(Replanning.every(2)), true, false, false),
                Arguments.of("enumerate, every 2 steps", BASE.withPolicyLen(2).withReplanning(Replanning.every(2)),
                        true, false, false));
    }

    private static AifAgent agent(AifConfig config) {
        return new AifAgentProvider().create(config, ENV);
    }

    private static String json(AifAgent agent, AifState state) throws Exception {
        return JSON.writeValueAsString(agent.save(state));
    }

    private static AifState throughJson(AifAgent agent, AifState state) throws Exception {
        String text = json(agent, state);
        AifState back = agent.restore(JSON.readValue(text, SavedAifState.class));
        assertThat(json(agent, back)).as("written again").isEqualTo(text);
        return back;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Rollout.Result<AifState, Object, int[], int[]> run(AifAgent agent, int steps,
            Carry<AifState, Object, int[]> carry) {
        return Rollout.run(agent, (VectorEnv) VectorEnv.of(ENV, SLOTS), steps, carry, new Rollout.Options(false, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void aStateRestoredAfterEveryStepContinuesExactlyAsTheSavedOne(String name, AifConfig config, boolean plan,
            boolean tree, boolean reuse) throws Exception {
        AifAgent agent = agent(config);
        @SuppressWarnings({"unchecked", "rawtypes"})
        Carry<AifState, Object, int[]> start = Rollout.start(agent, (VectorEnv) VectorEnv.of(ENV, SLOTS), Key.of(11));
        Rollout.Result<AifState, Object, int[], int[]> whole = run(agent, STEPS, start);

        Carry<AifState, Object, int[]> carry = start;
        List<List<int[]>> actions = new ArrayList<>();
        Map<String, double[][]> diagnostics = new HashMap<>();
        int plans = 0;
        int trees = 0;
        for (int t = 0; t < STEPS; t++) {
            Rollout.Result<AifState, Object, int[], int[]> step = run(agent, 1, carry);
            actions.addAll(step.trajectory().actions());
            for (Map.Entry<String, double[][]> e : step.trajectory().diagnostics().entrySet()) {
                diagnostics.computeIfAbsent(e.getKey(), k -> nans())[t] = e.getValue()[0];
            }
            List<AifState> restored = new ArrayList<>();
            for (AifState s : step.carry().agentStates()) {
                plans += s.storedPlan().isPresent() ? 1 : 0;
                trees += agent.save(s).tree() != null ? 1 : 0;
                AifState back = throughJson(agent, s);
                assertThat(back.storedPlan()).isEqualTo(s.storedPlan());
                assertThat(back.model()).isEqualTo(s.model());
                restored.add(back);
            }
            carry = step.carry().withAgentStates(restored);
        }

        assertThat(actions).as("actions").usingRecursiveComparison().isEqualTo(whole.trajectory().actions());
        assertThat(diagnostics.keySet()).as("diagnostics").isEqualTo(whole.trajectory().diagnostics().keySet());
        // Arrays.deepEquals: NaN (a step without that diagnostic) equals NaN
        whole.trajectory().diagnostics().forEach((key, values) -> assertThat(Arrays.deepEquals(diagnostics.get(key),
                values)).as("%s: %s, uninterrupted %s", key, Arrays.deepToString(diagnostics.get(key)),
                Arrays.deepToString(values)).isTrue());
        for (int i = 0; i < SLOTS; i++) {
            AifState a = whole.carry().agentStates().get(i);
            AifState b = carry.agentStates().get(i);
            assertThat(b.beliefs()).isDeepEqualTo(a.beliefs());
            assertThat(b.model()).isEqualTo(a.model());
            assertThat(json(agent, b)).isEqualTo(json(agent, a));
        }
        assertThat(plans > 0).as("states holding a stored plan: %d", plans).isEqualTo(plan);
        assertThat(trees > 0).as("states holding a reusable tree: %d", trees).isEqualTo(tree);
        double[][] reused = whole.trajectory().diagnostics().get("search_tree_reused");
        long continued = reused == null ? 0 : Arrays.stream(reused).flatMapToDouble(Arrays::stream)
                .filter(x -> x == 1.0).count();
        assertThat(continued > 0).as("searches that continued a (restored) tree: %d", continued).isEqualTo(reuse);
    }

    private static double[][] nans() {
        double[][] out = new double[STEPS][SLOTS];
        for (double[] row : out) {
            Arrays.fill(row, Double.NaN);
        }
        return out;
    }

    /** A state right after a search with tree reuse and a plan of several steps. */
    private static SavedAifState searched(AifAgent agent) {
        int[] obs = ENV.reset(Key.of(1)).observation();
        Decision<AifState, int[]> d = agent.act(Key.of(2), agent.init(Key.of(0)), obs);
        return agent.save(d.state());
    }

    @Test
    void aSavedPlanOrTreeThatDoesNotFitIsRefusedNamingTheField() {
        AifAgent agent = agent(BASE.withPolicySearch(SI_REUSE).withReplanning(Replanning.every(3)));
        SavedAifState saved = searched(agent);
        assertThat(saved.plan()).isNotNull();
        assertThat(saved.tree()).isNotNull();

        int[][] actions = saved.plan().actions().clone();
        actions[0] = new int[] {99, 0};
        SavedAifState badAction = withPlan(saved, new SavedAifState.Plan(actions, saved.plan().beliefs(), 1));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> agent.restore(badAction)))
                .hasMessageStartingWith("plan.actions[0]: expected one action per factor, each below [")
                .hasMessageEndingWith("found [99, 0]");
        SavedAifState badSteps = withPlan(saved, new SavedAifState.Plan(saved.plan().actions(),
                saved.plan().beliefs(), 0));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> agent.restore(badSteps)))
                .hasMessageStartingWith("plan.stepsTaken: expected a count in [1, ").hasMessageEndingWith("found 0");

        SearchTree.Nodes n = saved.tree();
        int[] children = n.children().clone();
        children[0] = 4999;
        SavedAifState badChild = withTree(saved, new SearchTree.Nodes(n.root(), n.nodes(), n.kind(), n.level(),
                n.action(), n.negEfe(), n.beliefs(), n.refs(), n.childCount(), children, n.childProb(),
                n.slotAction()));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> agent.restore(badChild)))
                .hasMessage("tree.children[0]: expected -1 or a node of the tree, found 4999");
        SavedAifState shortBeliefs = withTree(saved, new SearchTree.Nodes(n.root(), n.nodes(), n.kind(), n.level(),
                n.action(), n.negEfe(), Arrays.copyOf(n.beliefs(), 3), n.refs(), n.childCount(), n.children(),
                n.childProb(), n.slotAction()));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> agent.restore(shortBeliefs)))
                .hasMessageStartingWith("tree.beliefs: expected ").hasMessageEndingWith(" entries, found 3");

        AifAgent mcts = agent(BASE.withPolicySearch(MCTS));
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> mcts.restore(saved)))
                .hasMessage("tree: expected none for policySearch mcts (only si keeps a search tree), found a saved "
                        + "tree");
    }

    private static SavedAifState withPlan(SavedAifState s, SavedAifState.Plan plan) {
        return new SavedAifState(s.model(), s.beliefs(), s.action(), s.posterior(), s.pending(), s.window(),
                s.history(), s.episodeStep(), s.episodeStart(), plan, s.tree());
    }

    private static SavedAifState withTree(SavedAifState s, SearchTree.Nodes tree) {
        return new SavedAifState(s.model(), s.beliefs(), s.action(), s.posterior(), s.pending(), s.window(),
                s.history(), s.episodeStep(), s.episodeStart(), s.plan(), tree);
    }
}
