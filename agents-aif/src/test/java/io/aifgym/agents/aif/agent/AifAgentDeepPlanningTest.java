package io.aifgym.agents.aif.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.agents.aif.planning.PolicySearch;
import io.aifgym.agents.aif.planning.Replanning;
import io.aifgym.envs.pomdp.cue.CueChaining;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.registry.EnvRegistry;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.rollout.Trajectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The agent with deep planning (issue 7) through {@link Rollout} on {@code CueChaining-v0} (5x7,
 * the default layout) with pymdp's demo preferences (Cheese +3, Shock -6): sophisticated
 * inference follows the cue chain in the fewest moves where enumerating three-step policies does
 * not, replanning every k steps keeps the first action with fewer searches, MCTS repeats itself
 * under the same key, and the stored tree and plan are dropped when an episode ends or learning
 * changes the model.
 */
class AifAgentDeepPlanningTest {

    /** Longer than the longest shortest chain (2 + 4 + 6 moves). */
    private static final int STEPS = 14;

    private static final EnvRegistry ENVS = EnvRegistry.load(AifAgentDeepPlanningTest.class.getClassLoader());

    /** pymdp's demo: nothing preferred but the reward outcome, Cheese +3, Shock -6. */
    static final AifConfig DEMO = AifConfig.DEFAULT.withModel(AifConfig.ModelPriors.DEFAULT.withPreferences(List.of(
            Collections.nCopies(35, 0.0), Collections.nCopies(5, 0.0), Collections.nCopies(3, 0.0),
            List.of(0.0, 3.0, -6.0))));

    /** What the first episode of a rollout did. */
    record Episode(int cue2State, int rewardCondition, List<Integer> path, boolean cheese, int searches, int steps,
            Trajectory<int[], int[]> trajectory) {

        /** Whether it went to cue 1, then to the informative cue 2, then to the cheese, in the fewest moves. */
        boolean shortestChain() {
            CueChaining.Config c = CueChaining.Config.of(cue2State, rewardCondition);
            int cue1 = cell(c.cue1Location());
            int cue2 = cell(c.cue2Locations().get(cue2State));
            int cheeseCell = cell(c.rewardLocations().get(rewardCondition));
            int shortest = distance(cell(c.startLocation()), cue1) + distance(cue1, cue2) + distance(cue2, cheeseCell);
            int seenCue1 = path.indexOf(cue1);
            boolean cue2After = seenCue1 >= 0 && path.subList(seenCue1, path.size()).contains(cue2);
            return cheese && cue2After && path.size() == shortest;
        }

        private static int cell(List<Integer> rowCol) {
            return rowCol.get(0) * 7 + rowCol.get(1);
        }

        private static int distance(int a, int b) {
            return Math.abs(a / 7 - b / 7) + Math.abs(a % 7 - b % 7);
        }
    }

    /** The env with the cue-2 state and reward condition fixed (its D knows them: agents are made from the default). */
    @SuppressWarnings("unchecked")
    static Env<Object, int[], int[]> cueChaining(int cue2State, int rewardCondition) {
        return (Env<Object, int[], int[]>) ENVS.make(CueChaining.ID, CueChaining.Config.of(cue2State,
                rewardCondition));
    }

    /** The agent of the default env, which draws the cue-2 state and reward condition at reset (a uniform D). */
    static AifAgent agent(AifConfig config) {
        return new AifAgentProvider().create(config, ENVS.make(CueChaining.ID));
    }

    /** One rollout of {@link #STEPS} steps; the path: the locations acted from until the first episode ended. */
    static Episode run(AifConfig config, int cue2State, int rewardCondition, Key key) {
        Env<Object, int[], int[]> env = cueChaining(cue2State, rewardCondition);
        AifAgent agent = agent(config);
        Trajectory<int[], int[]> t = Rollout.run(agent, env, STEPS, key).trajectory();
        List<Integer> path = new ArrayList<>();
        boolean cheese = false;
        int searches = 0;
        int steps = 0;
        for (int s = 0; s < t.steps(); s++) {
            path.add(t.observations().get(s).get(0)[0]);
            double[][] searched = t.diagnostics().get("searched");
            searches += searched == null || searched[s][0] == 1.0 ? 1 : 0;
            steps++;
            if (t.terminated()[s][0] || t.truncated()[s][0]) {
                cheese = t.terminated()[s][0] && t.rewards()[s][0] > 0;
                break;
            }
        }
        return new Episode(cue2State, rewardCondition, path, cheese, searches, steps, t);
    }

    /** The episodes of every cue-2 state and reward condition. */
    static List<Episode> everyConfiguration(AifConfig config) {
        List<Episode> out = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            for (int r = 0; r < 2; r++) {
                out.add(run(config, c, r, Key.of(7).child(c * 2 + r)));
            }
        }
        return out;
    }

    private static long shortest(List<Episode> episodes) {
        return episodes.stream().filter(Episode::shortestChain).count();
    }

    private static String describe(List<Episode> episodes) {
        StringBuilder sb = new StringBuilder();
        for (Episode e : episodes) {
            sb.append(String.format("%n  cue2 %d, reward %d: path %s, cheese %s, %d searches", e.cue2State(),
                    e.rewardCondition(), e.path(), e.cheese(), e.searches()));
        }
        return sb.toString();
    }

    @Test
    void sophisticatedInferenceFollowsTheCueChainInTheFewestMovesWhereEnumeratingThreeStepsDoesNot() {
        List<Episode> si = everyConfiguration(DEMO.withPolicySearch(PolicySearch.Kind.SI));
        List<Episode> enumerate = everyConfiguration(DEMO.withPolicyLen(3));
        assertThat(shortest(si)).as("SI (horizon 5, 5000 nodes):%s", describe(si)).isGreaterThanOrEqualTo(5);
        assertThat(shortest(enumerate)).as("enumerate, policy length 3:%s", describe(enumerate))
                .isLessThanOrEqualTo(1);
        Trajectory<int[], int[]> t = si.get(0).trajectory();
        for (String name : List.of("searched", "search_nodes", "search_depth", "search_cut", "q_pi_entropy", "vfe")) {
            assertThat(t.diagnostics()).as("diagnostics").containsKey(name);
        }
        assertThat(t.diagnostics().get("search_nodes")[0][0]).isGreaterThan(1.0);
        assertThat(t.diagnostics().get("search_depth")[0][0]).isBetween(1.0, 5.0);
        assertThat(t.diagnostics().get("search_cut")[0][0]).isIn(0.0, 1.0);
    }

    @Test
    void replanningEveryFewStepsKeepsTheFirstActionWithFewerSearches() {
        AifConfig si = DEMO.withPolicySearch(PolicySearch.Kind.SI);
        List<Episode> everyStep = everyConfiguration(si);
        List<Episode> everyThree = everyConfiguration(si.withReplanning(Replanning.every(3)));
        for (int i = 0; i < everyStep.size(); i++) {
            assertThat(everyThree.get(i).trajectory().actions().get(0).get(0))
                    .isEqualTo(everyStep.get(i).trajectory().actions().get(0).get(0));
            assertThat(everyStep.get(i).searches()).isEqualTo(everyStep.get(i).steps());
            assertThat(everyThree.get(i).searches()).isEqualTo((everyThree.get(i).steps() + 2) / 3);
        }
        double[][] searched = everyThree.get(0).trajectory().diagnostics().get("searched");
        double[][] nodes = everyThree.get(0).trajectory().diagnostics().get("search_nodes");
        assertThat(searched[1][0]).as("the second step acts on the stored plan").isEqualTo(0.0);
        assertThat(nodes[1][0]).isNaN();
        assertThat(searched[3][0]).as("the fourth step searches again").isEqualTo(1.0);
    }

    @Test
    void replanningWhenTheBeliefsLeaveThePlanKeepsTheBehaviourWithFewerSearches() {
        AifConfig si = DEMO.withPolicySearch(PolicySearch.Kind.SI);
        List<Episode> lazy = everyConfiguration(si.withReplanning(new Replanning(4, 0.05)));
        int searches = lazy.stream().mapToInt(Episode::searches).sum();
        int steps = lazy.stream().mapToInt(Episode::steps).sum();
        assertThat(shortest(lazy)).as("SI, every 4 steps or beyond 0.05:%s", describe(lazy)).isGreaterThanOrEqualTo(5);
        assertThat(searches).as("searches in %d steps:%s", steps, describe(lazy)).isLessThan(steps);
    }

    @Test
    void enumerationCanActOnItsStoredPlanToo() {
        AifConfig enumerate = DEMO.withPolicyLen(3);
        Episode everyStep = run(enumerate, 1, 0, Key.of(3));
        Episode everyThree = run(enumerate.withReplanning(Replanning.every(3)), 1, 0, Key.of(3));
        assertThat(everyThree.trajectory().actions().get(0).get(0))
                .isEqualTo(everyStep.trajectory().actions().get(0).get(0));
        double[][] searched = everyThree.trajectory().diagnostics().get("searched");
        assertThat(Arrays.stream(searched).mapToDouble(row -> row[0]).sum()).isLessThan(STEPS);
        assertThat(everyStep.trajectory().diagnostics()).doesNotContainKey("searched");
    }

    @Test
    void mctsRepeatsItselfUnderTheSameKey() {
        AifConfig mcts = DEMO.withPolicySearch(PolicySearch.Mcts.DEFAULT.withBudget(64, 4))
                .withActionSelection(AifConfig.Selection.STOCHASTIC, SamplingMode.FULL);
        Trajectory<int[], int[]> first = run(mcts, 2, 1, Key.of(5)).trajectory();
        Trajectory<int[], int[]> second = run(mcts, 2, 1, Key.of(5)).trajectory();
        for (int s = 0; s < STEPS; s++) {
            assertThat(second.actions().get(s).get(0)).as("step %d", s).isEqualTo(first.actions().get(s).get(0));
        }
        assertThat(second.diagnostics().keySet()).isEqualTo(first.diagnostics().keySet());
        first.diagnostics().forEach((name, values) -> assertThat(second.diagnostics().get(name)).as(name)
                .isDeepEqualTo(values));
        assertThat(first.diagnostics().get("search_simulations")[0][0]).isEqualTo(64.0);
    }

    @Test
    void theTreeAndThePlanAreKeptBetweenStepsAndDroppedAtAnEpisodeEnd() {
        AifConfig si = DEMO.withPolicySearch(PolicySearch.Sophisticated.DEFAULT.withTreeOptions(true, true))
                .withReplanning(Replanning.every(3));
        Env<Object, int[], int[]> env = cueChaining(0, 0);
        AifAgent agent = agent(si);
        int[] obs = env.reset(Key.of(1)).observation();
        Decision<AifState, int[]> d = agent.act(Key.of(2), agent.init(Key.of(0)), obs);
        assertThat(d.state().searchTree()).isPresent();
        assertThat(d.state().storedPlan()).hasValueSatisfying(p -> assertThat(p.remaining()).isPositive());
        AifState kept = agent.learn(d.state(), new Transition<>(obs, d.action(), 0.0, obs, false, false));
        assertThat(kept.searchTree()).isPresent();
        assertThat(kept.storedPlan()).isPresent();
        AifState ended = agent.learn(d.state(), new Transition<>(obs, d.action(), 0.0, obs, true, false));
        assertThat(ended.searchTree()).isEmpty();
        assertThat(ended.storedPlan()).isEmpty();
    }

    @Test
    void theTreeAndThePlanAreDroppedWhenLearningChangesTheModel() {
        AifConfig learning = DEMO.withPolicySearch(PolicySearch.Sophisticated.DEFAULT.withHorizon(2))
                .withReplanning(Replanning.every(3))
                .withLearning(AifConfig.LearningMode.ONLINE, false, true)
                .withModel(DEMO.model().withPB(AifConfig.DirichletPrior.aroundTruth(10.0, 0.1)));
        Env<Object, int[], int[]> env = cueChaining(0, 0);
        AifAgent agent = agent(learning);
        int[] obs = env.reset(Key.of(1)).observation();
        // the first step of an episode has no previous action, so B learns nothing yet
        Decision<AifState, int[]> first = agent.act(Key.of(2), agent.init(Key.of(0)), obs);
        AifState unchanged = agent.learn(first.state(), new Transition<>(obs, first.action(), 0.0, obs, false, false));
        assertThat(unchanged.model()).isSameAs(first.state().model());
        assertThat(unchanged.storedPlan()).isPresent();
        Decision<AifState, int[]> second = agent.act(Key.of(3), unchanged, obs);
        assertThat(second.diagnostics()).containsEntry("searched", 0.0);
        assertThat(second.state().storedPlan()).isPresent();
        AifState learned = agent.learn(second.state(), new Transition<>(obs, second.action(), 0.0, obs, false,
                false));
        assertThat(learned.model()).isNotSameAs(second.state().model());
        assertThat(learned.searchTree()).isEmpty();
        assertThat(learned.storedPlan()).isEmpty();
    }
}
