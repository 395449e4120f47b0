package io.aifgym.agents.aif.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.agents.aif.control.EfeOptions;
import io.aifgym.agents.aif.inference.Inference;
import io.aifgym.agents.aif.inference.Observations;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.envs.pomdp.cue.CueChaining;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's demonstration on CueChaining (5x7, the default layout, pymdp's demo preferences
 * Cheese +3, Shock -6): an agent that infers its states, searches and acts, with the search
 * under test. The shortest successful episode goes to cue 1 (2 moves), then to the cue 2 that
 * cue 1 names (4 moves), then to the cheese (2, 4 or 6 moves).
 */
class CueChainingPlanningTest {

    private static final int MAX_STEPS = 30;

    /** What one episode did. */
    record Episode(int cue2State, int rewardCondition, List<Integer> path, boolean shortestChain, int searches) {
    }

    static Episode run(PolicySearch search, Replanning replanning, int cue2State, int rewardCondition, Key key) {
        GenerativeModel model = PlanningModels.cueChaining();
        CueChaining.Config config = CueChaining.Config.of(cue2State, rewardCondition);
        CueChaining env = new CueChaining(config);
        Reset<CueChaining.State, int[]> reset = env.reset(key.child(0));
        CueChaining.State state = reset.state();
        int[] obs = reset.observation();
        double[][] prior = new double[model.numFactors()][];
        for (int f = 0; f < prior.length; f++) {
            prior[f] = model.dData(f);
        }
        List<Integer> path = new ArrayList<>();
        path.add(state.location());
        SearchTree tree = null;
        StoredPlan plan = null;
        int searches = 0;
        for (int t = 0; t < MAX_STEPS; t++) {
            double[][] qs = Inference.oneStep(model, Observations.oneHot(obs, model.numObs()), prior, 16);
            int[] action;
            if (replanning.shouldReplan(plan, qs)) {
                SearchResult result = search.search(SearchInput.of(model, qs).withOptions(EfeOptions.DEFAULT)
                        .withPrevious(tree), key.child(1).child(t));
                searches++;
                tree = result.tree();
                action = result.candidates().actions(Maths.argmax(result.q()), 0);
                plan = StoredPlan.of(result, action);
            } else {
                action = plan.nextAction();
                plan = plan.advance();
            }
            Step<CueChaining.State, int[]> step = env.step(key.child(2).child(t), state, action);
            state = step.state();
            obs = step.observation();
            path.add(state.location());
            prior = Inference.empiricalPrior(model, qs, action);
            if (step.terminated()) {
                break;
            }
        }
        return new Episode(cue2State, rewardCondition, path, shortestChain(config, path), searches);
    }

    /** Whether the path visits cue 1, then the informative cue 2, then ends on the cheese, in the fewest moves. */
    static boolean shortestChain(CueChaining.Config config, List<Integer> path) {
        int cols = config.cols();
        int cue1 = cell(config.cue1Location(), cols);
        int cue2 = cell(config.cue2Locations().get(config.cue2State()), cols);
        int cheese = cell(config.rewardLocations().get(config.rewardCondition()), cols);
        int start = cell(config.startLocation(), cols);
        int shortest = distance(start, cue1, cols) + distance(cue1, cue2, cols) + distance(cue2, cheese, cols);
        int seenCue1 = path.indexOf(cue1);
        int seenCue2 = seenCue1 < 0 ? -1 : path.subList(seenCue1, path.size()).indexOf(cue2);
        boolean endsOnCheese = path.get(path.size() - 1) == cheese;
        return seenCue1 >= 0 && seenCue2 >= 0 && endsOnCheese && path.size() - 1 == shortest;
    }

    private static int cell(List<Integer> rc, int cols) {
        return rc.get(0) * cols + rc.get(1);
    }

    private static int distance(int a, int b, int cols) {
        return Math.abs(a / cols - b / cols) + Math.abs(a % cols - b % cols);
    }

    /** The episodes of every cue-2 state and reward condition (the env draws them uniformly). */
    static List<Episode> everyConfiguration(PolicySearch search, Replanning replanning) {
        List<Episode> out = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            for (int r = 0; r < 2; r++) {
                out.add(run(search, replanning, c, r, Key.of(7).child(c * 2 + r)));
            }
        }
        return out;
    }

    static long shortest(List<Episode> episodes) {
        return episodes.stream().filter(Episode::shortestChain).count();
    }

    @Test
    void sophisticatedInferenceFollowsTheCueChainInTheFewestMovesWhereEnumeratingThreeStepsDoesNot() {
        List<Episode> si = everyConfiguration(PolicySearch.Sophisticated.DEFAULT, Replanning.EVERY_STEP);
        List<Episode> enumerate = everyConfiguration(new PolicySearch.Enumerate(3), Replanning.EVERY_STEP);
        assertThat(shortest(si)).as("SI (horizon 5, 5000 nodes): %s", si).isGreaterThanOrEqualTo(5);
        assertThat(shortest(enumerate)).as("enumerate, policy length 3: %s", enumerate).isLessThanOrEqualTo(1);
    }

    @Test
    void replanningOnlyWhenNeededKeepsTheBehaviourWithFewerSearches() {
        List<Episode> everyStep = everyConfiguration(PolicySearch.Sophisticated.DEFAULT, Replanning.EVERY_STEP);
        List<Episode> lazy = everyConfiguration(PolicySearch.Sophisticated.DEFAULT, new Replanning(4, 0.05));
        assertThat(shortest(lazy)).as("%s", lazy).isGreaterThanOrEqualTo(5);
        int steps = lazy.stream().mapToInt(e -> e.path().size() - 1).sum();
        int searches = lazy.stream().mapToInt(Episode::searches).sum();
        assertThat(searches).isLessThan(steps);
        assertThat(searches).isLessThan(everyStep.stream().mapToInt(Episode::searches).sum());
    }
}
