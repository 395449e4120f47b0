package io.aifgym.envs.pomdp.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.envs.pomdp.PomdpEnv;
import io.aifgym.envs.pomdp.PomdpState;
import io.aifgym.envs.testutil.ChiSquare;
import io.aifgym.envs.testutil.Models;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.MultiDiscrete;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridWorldTest {

    private static GridWorld.Config config(List<List<Integer>> walls, List<Integer> start, boolean stay, double p) {
        return new GridWorld.Config(List.of(3, 3), walls, start, stay, p, false, List.of(), 1.0, 0.0, 100);
    }

    @Test
    void threeByThreeTransitionsMoveToTheNeighbourOrStayAtTheBorder() {
        DoubleTensor b = GridWorld.process(GridWorld.Config.DEFAULT).B().get(0);
        assertThat(b.shape()).containsExactly(9, 9, 5);
        int[][] next = {
            {0, 1, 2, 0, 1, 2, 3, 4, 5},   // UP
            {1, 2, 2, 4, 5, 5, 7, 8, 8},   // RIGHT
            {3, 4, 5, 6, 7, 8, 6, 7, 8},   // DOWN
            {0, 0, 1, 3, 3, 4, 6, 6, 7},   // LEFT
            {0, 1, 2, 3, 4, 5, 6, 7, 8},   // STAY
        };
        for (int a = 0; a < 5; a++) {
            for (int s = 0; s < 9; s++) {
                for (int s2 = 0; s2 < 9; s2++) {
                    assertThat(b.get(s2, s, a)).as("B[%d, %d, %d]", s2, s, a).isEqualTo(s2 == next[a][s] ? 1.0 : 0.0);
                }
            }
        }
    }

    @Test
    void withoutStayThereAreFourActions() {
        GridWorld env = new GridWorld(config(List.of(), null, false, 1.0));
        assertThat(env.generativeProcess().B().get(0).shape()).containsExactly(9, 9, 4);
        assertThat(env.actionSpace()).isEqualTo(new MultiDiscrete(4));
        assertThat(env.generativeProcess().labels().actions()).containsExactly(List.of("Up", "Right", "Down", "Left"));
    }

    @Test
    void wallsCannotBeEnteredButAWallCellStillMoves() {
        DoubleTensor b = GridWorld.process(config(List.of(List.of(1, 1)), null, true, 1.0)).B().get(0);
        assertThat(b.get(1, 1, GridWorld.DOWN)).isEqualTo(1.0);
        assertThat(b.get(3, 3, GridWorld.RIGHT)).isEqualTo(1.0);
        assertThat(b.get(5, 5, GridWorld.LEFT)).isEqualTo(1.0);
        assertThat(b.get(7, 7, GridWorld.UP)).isEqualTo(1.0);
        assertThat(b.get(1, 4, GridWorld.UP)).as("the wall state moves like a free cell").isEqualTo(1.0);
        for (int s = 0; s < 9; s++) {
            for (int a = 0; a < 5; a++) {
                if (s != 4) {
                    assertThat(b.get(4, s, a)).as("entering the wall from %d with %d", s, a).isZero();
                }
            }
        }
    }

    @Test
    void successProbSplitsPossibleMovesAndBlockedMovesStay() {
        DoubleTensor b = GridWorld.process(config(List.of(List.of(1, 1)), null, true, 0.8)).B().get(0);
        assertThat(b.get(1, 0, GridWorld.RIGHT)).isEqualTo(0.8);
        assertThat(b.get(0, 0, GridWorld.RIGHT)).isEqualTo(1.0 - 0.8);
        assertThat(b.get(0, 0, GridWorld.UP)).as("off the grid").isEqualTo(1.0);
        assertThat(b.get(1, 1, GridWorld.DOWN)).as("into the wall").isEqualTo(1.0);
        assertThat(b.get(4, 4, GridWorld.STAY)).isEqualTo(1.0);
        DoubleTensor never = GridWorld.process(config(List.of(), null, true, 0.0)).B().get(0);
        assertThat(never.get(0, 0, GridWorld.RIGHT)).isEqualTo(1.0);
        assertThat(never.get(1, 0, GridWorld.RIGHT)).isZero();
    }

    @Test
    void everyColumnOfAAndBSumsToOne() {
        Models.assertNormalised(GridWorld.process(config(List.of(List.of(0, 1), List.of(2, 2)), null, true, 0.3)));
        Models.assertNormalised(GridWorld.process(GridWorld.Config.of(7, 7)));
    }

    @Test
    void aIsTheIdentityAndDIsUniformOverFreeCellsOrOneHot() {
        GenerativeProcess p = GridWorld.process(config(List.of(List.of(1, 1)), null, true, 1.0));
        for (int o = 0; o < 9; o++) {
            for (int s = 0; s < 9; s++) {
                assertThat(p.A().get(0).get(o, s)).isEqualTo(o == s ? 1.0 : 0.0);
            }
        }
        assertThat(p.D().get(0).data()).containsExactly(0.125, 0.125, 0.125, 0.125, 0.0, 0.125, 0.125, 0.125, 0.125);
        assertThat(p.aDependencies()).isDeepEqualTo(new int[][] {{0}});
        assertThat(p.bDependencies()).isDeepEqualTo(new int[][] {{0}});
        assertThat(GridWorld.process(config(List.of(), List.of(2, 1), true, 1.0)).D().get(0).data())
                .containsExactly(0, 0, 0, 0, 0, 0, 0, 1, 0);
    }

    @Test
    void stepsLikeTheGenericProcessWithTheSameKeys() {
        GridWorld.Config c = new GridWorld.Config(List.of(4, 5), List.of(List.of(1, 2)), null, true, 0.6, false,
                List.of(), 1.0, 0.0, 100);
        GridWorld grid = new GridWorld(c);
        PomdpEnv generic = PomdpEnv.of(GridWorld.process(c));
        for (int seed = 0; seed < 50; seed++) {
            Key key = Key.of(seed);
            Reset<GridWorld.State, int[]> r1 = grid.reset(key.child(0));
            Reset<PomdpState, int[]> r2 = generic.reset(key.child(0));
            assertThat(r1.observation()).isEqualTo(r2.observation());
            GridWorld.State s1 = r1.state();
            PomdpState s2 = r2.state();
            for (int t = 1; t <= 20; t++) {
                int[] action = {Key.of(seed).fold(t).nextInt(5)};
                Step<GridWorld.State, int[]> a = grid.step(key.child(t), s1, action);
                Step<PomdpState, int[]> b = generic.step(key.child(t), s2, action);
                assertThat(a.observation()).isEqualTo(b.observation());
                assertThat(a.state().factors()).isEqualTo(b.state().factors());
                s1 = a.state();
                s2 = b.state();
            }
        }
    }

    @Test
    void moveSucceedsWithSuccessProbInFrequency() {
        GridWorld env = new GridWorld(config(List.of(), List.of(1, 1), true, 0.7));
        long[] counts = new long[2];
        GridWorld.State centre = new GridWorld.State(4);
        for (int i = 0; i < 20_000; i++) {
            int next = env.step(Key.of(77).fold(i), centre, new int[] {GridWorld.RIGHT}).state().position();
            assertThat(next).isIn(4, 5);
            counts[next == 5 ? 0 : 1]++;
        }
        double[] p = {0.7, 0.3};
        assertThat(ChiSquare.statistic(counts, p)).isLessThan(ChiSquare.critical(1));
    }

    @Test
    void uniformStartIsUniformOverFreeCells() {
        GridWorld env = new GridWorld(config(List.of(List.of(1, 1)), null, true, 1.0));
        long[] counts = new long[9];
        for (int i = 0; i < 16_000; i++) {
            counts[env.reset(Key.of(5).fold(i)).state().position()]++;
        }
        double[] p = env.generativeProcess().D().get(0).data();
        assertThat(counts[4]).isZero();
        assertThat(ChiSquare.statistic(counts, p)).isLessThan(ChiSquare.critical(ChiSquare.degreesOfFreedom(p)));
    }

    @Test
    void goalsRewardAndTerminateAndStepsCost() {
        GridWorld env = new GridWorld(new GridWorld.Config(List.of(3, 3), List.of(), List.of(0, 1), true, 1.0, false,
                List.of(List.of(0, 2)), 2.0, 0.1, 100));
        GridWorld.State start = env.reset(Key.of(0)).state();
        Step<GridWorld.State, int[]> stay = env.step(Key.of(1), start, new int[] {GridWorld.STAY});
        assertThat(stay.reward()).isEqualTo(-0.1);
        assertThat(stay.terminated()).isFalse();
        Step<GridWorld.State, int[]> goal = env.step(Key.of(2), start, new int[] {GridWorld.RIGHT});
        assertThat(goal.state().position()).isEqualTo(2);
        assertThat(goal.reward()).isEqualTo(2.0 - 0.1);
        assertThat(goal.terminated()).isTrue();
        assertThat(goal.truncated()).isFalse();
    }

    @Test
    void withoutGoalsRewardIsZeroAndEpisodesNeverTerminate() {
        GridWorld env = new GridWorld(GridWorld.Config.DEFAULT);
        GridWorld.State s = env.reset(Key.of(3)).state();
        for (int t = 0; t < 30; t++) {
            Step<GridWorld.State, int[]> step = env.step(Key.of(t), s, new int[] {t % 5});
            assertThat(step.reward()).isZero();
            assertThat(step.terminated()).isFalse();
            s = step.state();
        }
        assertThat(env.spec().maxEpisodeSteps()).isEqualTo(100);
        assertThat(env.spec().id().toString()).isEqualTo("GridWorld-v0");
    }

    @Test
    void rendersTheGridAsText() {
        GridWorld env = new GridWorld(new GridWorld.Config(List.of(3, 3), List.of(List.of(1, 1)), null, true, 1.0,
                false, List.of(List.of(0, 2)), 1.0, 0.0, 100));
        assertThat(env.render(new GridWorld.State(0))).contains("x.G\n.#.\n...\n");
        assertThat(env.render(new GridWorld.State(8))).contains("..G\n.#.\n..x\n");
    }

    @Test
    void coordinatesAndIndicesAreRowMajor() {
        GridWorld env = new GridWorld(new GridWorld.Config(List.of(3, 4), List.of(), null, true, 1.0, false,
                List.of(), 1.0, 0.0, 100));
        assertThat(env.index(2, 1)).isEqualTo(9);
        assertThat(env.coords(9)).containsExactly(2, 1);
        assertThatThrownBy(() -> env.index(3, 0)).hasMessageContaining("cell");
        assertThatThrownBy(() -> env.coords(12)).hasMessageContaining("index");
    }

    @Test
    void learningNotebookGridHasFortyNineStatesAndFourActions() {
        GridWorld env = new GridWorld(new GridWorld.Config(List.of(7, 7), List.of(), List.of(3, 3), false, 1.0,
                false, List.of(), 1.0, 0.0, 100));
        assertThat(env.generativeProcess().numStates()).containsExactly(49);
        assertThat(env.generativeProcess().numControls()).containsExactly(4);
        assertThat(env.reset(Key.of(9)).observation()).containsExactly(24);
    }

    // ---- bad input: one test per validated field ----

    @Test
    void shapeMustBeTwoPositiveSizes() {
        assertThatThrownBy(() -> new GridWorld.Config(List.of(0, 3), List.of(), null, true, 1.0, false, List.of(),
                1.0, 0.0, 100)).isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "shape: expected [rows, cols] with positive sizes, found [0, 3]");
        assertThatThrownBy(() -> new GridWorld.Config(List.of(3), List.of(), null, true, 1.0, false, List.of(), 1.0,
                0.0, 100)).hasMessageStartingWith("shape:");
    }

    @Test
    void wallsMustBeInsideTheGrid() {
        assertThatThrownBy(() -> config(List.of(List.of(3, 0)), null, true, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("walls[0]: expected a cell [row, col] inside the 3x3 grid, found [3, 0]");
        assertThatThrownBy(() -> config(List.of(List.of(1)), null, true, 1.0))
                .hasMessage("walls[0]: expected a cell [row, col], found [1]");
    }

    @Test
    void initialPositionMustBeInsideTheGridAndNotAWall() {
        assertThatThrownBy(() -> config(List.of(), List.of(-1, 0), true, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initialPosition: expected a cell [row, col] inside the 3x3 grid, found [-1, 0]");
        assertThatThrownBy(() -> config(List.of(List.of(1, 1)), List.of(1, 1), true, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initialPosition: expected a cell that is not a wall, found [1, 1]");
    }

    @Test
    void successProbMustBeAProbability() {
        assertThatThrownBy(() -> config(List.of(), null, true, 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("successProb: expected a probability in [0, 1], found 1.5");
        assertThatThrownBy(() -> config(List.of(), null, true, Double.NaN)).hasMessageStartingWith("successProb:");
    }

    @Test
    void goalsMustBeInsideTheGridAndNotWalls() {
        assertThatThrownBy(() -> new GridWorld.Config(List.of(3, 3), List.of(List.of(0, 0)), null, true, 1.0, false,
                List.of(List.of(0, 0)), 1.0, 0.0, 100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("goals[0]: expected a cell that is not a wall, found [0, 0]");
        assertThatThrownBy(() -> new GridWorld.Config(List.of(3, 3), List.of(), null, true, 1.0, false,
                List.of(List.of(0, 3)), 1.0, 0.0, 100)).hasMessageStartingWith("goals[0]: expected a cell");
    }

    @Test
    void rewardsMustBeFinite() {
        assertThatThrownBy(() -> new GridWorld.Config(List.of(3, 3), List.of(), null, true, 1.0, false, List.of(),
                Double.POSITIVE_INFINITY, 0.0, 100)).hasMessage("goalReward: expected a finite number, found Infinity");
        assertThatThrownBy(() -> new GridWorld.Config(List.of(3, 3), List.of(), null, true, 1.0, false, List.of(),
                1.0, Double.NaN, 100)).hasMessage("stepCost: expected a finite number, found NaN");
    }

    @Test
    void maxEpisodeStepsMustNotBeNegative() {
        assertThatThrownBy(() -> new GridWorld.Config(List.of(3, 3), List.of(), null, true, 1.0, false, List.of(),
                1.0, 0.0, -1)).hasMessage("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found -1");
    }

    @Test
    void actionsOutsideTheSpaceAreRefusedNamingTheSpace() {
        GridWorld env = new GridWorld(config(List.of(), null, false, 1.0));
        GridWorld.State s = new GridWorld.State(0);
        assertThatThrownBy(() -> env.step(Key.of(0), s, new int[] {4})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action: expected a member of MultiDiscrete([4]), found [4]");
        assertThatThrownBy(() -> env.step(Key.of(0), s, new int[] {0, 0})).hasMessageStartingWith("action:");
        assertThatThrownBy(() -> env.step(Key.of(0), s, null)).hasMessageStartingWith("action:");
    }

    @Test
    void tabularModelMatchesTheProcessAndPaysForGoals() {
        GridWorld env = new GridWorld(new GridWorld.Config(List.of(3, 3), List.of(List.of(1, 1)), List.of(0, 0), false,
                0.8, false, List.of(List.of(2, 2)), 1.0, 0.1, 100));
        io.aifgym.gym.model.TabularModel model = env.tabularModel();
        assertThat(model.numStates()).isEqualTo(9);
        assertThat(model.numActions()).isEqualTo(4);
        assertThat(model.initial()).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0);
        // RIGHT from (2,1) = state 7: into the goal 8 with 0.8, stay with 0.2.
        assertThat(model.outcomes(7, GridWorld.RIGHT)).containsExactlyInAnyOrder(
                new io.aifgym.gym.model.TabularModel.Outcome(0.8, 8, 0.9, true),
                new io.aifgym.gym.model.TabularModel.Outcome(1.0 - 0.8, 7, -0.1, false));
        // DOWN from (0,1) = state 1 hits the wall at (1,1): stays put for sure.
        assertThat(model.outcomes(1, GridWorld.DOWN)).containsExactly(
                new io.aifgym.gym.model.TabularModel.Outcome(1.0, 1, -0.1, false));
        DoubleTensor b = env.generativeProcess().B().get(0);
        for (int s = 0; s < 9; s++) {
            for (int a = 0; a < 4; a++) {
                for (io.aifgym.gym.model.TabularModel.Outcome o : model.outcomes(s, a)) {
                    assertThat(o.probability()).isEqualTo(b.get(o.next(), s, a));
                }
            }
        }
    }
}
