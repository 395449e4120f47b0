package io.aifgym.envs.pomdp.generalized;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.envs.pomdp.PomdpState;
import io.aifgym.envs.testutil.ChiSquare;
import io.aifgym.envs.testutil.Models;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneralizedTMazeTest {

    private static GeneralizedTMaze.Config custom(List<List<Integer>> maze, List<Integer> rewardLocations) {
        return new GeneralizedTMaze.Config(GeneralizedTMaze.Layout.CUSTOM, maze, rewardLocations, false, 1.0, -1.0,
                true, 25);
    }

    @Test
    void parsesTheSmallMaze() {
        Maze m = Maze.parse(Maze.smallMatrix());
        assertThat(m.rows()).isEqualTo(3);
        assertThat(m.cols()).isEqualTo(3);
        assertThat(m.numSets()).isEqualTo(2);
        assertThat(m.start()).isEqualTo(7);
        assertThat(new int[] {m.cue(0), m.first(0), m.second(0)}).containsExactly(6, 0, 3);
        assertThat(new int[] {m.cue(1), m.first(1), m.second(1)}).containsExactly(8, 5, 2);
    }

    @Test
    void parsesTheLargeMaze() {
        Maze m = Maze.parse(Maze.largeMatrix());
        assertThat(m.rows()).isEqualTo(5);
        assertThat(m.numSets()).isEqualTo(3);
        assertThat(m.start()).isEqualTo(12);
        assertThat(new int[] {m.cue(0), m.first(0), m.second(0)}).containsExactly(11, 0, 5);
        assertThat(new int[] {m.cue(1), m.first(1), m.second(1)}).containsExactly(13, 9, 4);
        assertThat(new int[] {m.cue(2), m.first(2), m.second(2)}).containsExactly(17, 21, 23);
        assertThat(m.matrix()).isEqualTo(Maze.largeMatrix());
    }

    @Test
    void largeMazeTensorsHavePymdpsShapesAndOrder() {
        GenerativeProcess p = GeneralizedTMaze.process(GeneralizedTMaze.Config.of(false, List.of(0, 1, 1)));
        assertThat(p.numObs()).containsExactly(25, 3, 3, 3, 3, 3, 3);
        assertThat(p.aDependencies()).isDeepEqualTo(new int[][] {{0}, {0, 1}, {0, 2}, {0, 3}, {0, 1}, {0, 2}, {0, 3}});
        assertThat(p.bDependencies()).isDeepEqualTo(new int[][] {{0}, {1}, {2}, {3}});
        assertThat(p.numControls()).containsExactly(5, 1, 1, 1);
        assertThat(p.D().get(0).get(12)).isEqualTo(1.0);
        assertThat(p.D().get(1).data()).containsExactly(1, 0);
        assertThat(p.D().get(3).data()).containsExactly(0, 1);
        Models.assertNormalised(p);
    }

    @Test
    void cuesAndRewardsDependOnTheSetState() {
        GenerativeProcess p = GeneralizedTMaze.process(GeneralizedTMaze.Config.of(true, List.of(0, 0)));
        DoubleTensor cue0 = p.A().get(1);
        assertThat(cue0.get(1, 6, 0)).isEqualTo(1.0);
        assertThat(cue0.get(2, 6, 1)).isEqualTo(1.0);
        assertThat(cue0.get(0, 7, 1)).as("nothing elsewhere").isEqualTo(1.0);
        DoubleTensor reward1 = p.A().get(4);
        assertThat(reward1.get(1, 5, 0)).as("first cell of set 1 pays in state 0").isEqualTo(1.0);
        assertThat(reward1.get(2, 2, 0)).as("second cell punishes in state 0").isEqualTo(1.0);
        assertThat(reward1.get(2, 5, 1)).isEqualTo(1.0);
        assertThat(reward1.get(1, 2, 1)).isEqualTo(1.0);
    }

    @Test
    void movesInPymdpsOrderAndWallsBlock() {
        List<List<Integer>> maze = List.of(List.of(4, 2, 5), List.of(3, 1, 0));
        DoubleTensor b = GeneralizedTMaze.process(custom(maze, List.of(0))).B().get(0);
        int start = 4;
        assertThat(b.get(start, start, GeneralizedTMaze.UP)).as("wall above").isEqualTo(1.0);
        assertThat(b.get(start, start, GeneralizedTMaze.DOWN)).as("border").isEqualTo(1.0);
        assertThat(b.get(3, start, GeneralizedTMaze.LEFT)).isEqualTo(1.0);
        assertThat(b.get(5, start, GeneralizedTMaze.RIGHT)).isEqualTo(1.0);
        assertThat(b.get(start, start, GeneralizedTMaze.STAY)).isEqualTo(1.0);
        assertThat(b.get(0, 3, GeneralizedTMaze.UP)).isEqualTo(1.0);
    }

    @Test
    void missingRewardLocationsAreDrawnAtReset() {
        GeneralizedTMaze env = new GeneralizedTMaze(GeneralizedTMaze.Config.of(true, null));
        assertThat(env.generativeProcess().D().get(1).data()).containsExactly(0.5, 0.5);
        long[] counts = new long[4];
        for (int i = 0; i < 8_000; i++) {
            PomdpState s = env.reset(Key.of(21).fold(i)).state();
            counts[s.factor(1) * 2 + s.factor(2)]++;
        }
        double[] p = {0.25, 0.25, 0.25, 0.25};
        assertThat(ChiSquare.statistic(counts, p)).isLessThan(ChiSquare.critical(3));
    }

    @Test
    void theLastSetPaysAndEndsTheEpisode() {
        GeneralizedTMaze env = new GeneralizedTMaze(GeneralizedTMaze.Config.of(true, List.of(0, 1)));
        // set 1: first cell 5 (1, 2), second cell 2 (0, 2); state 1 -> the second cell pays
        Step<PomdpState, int[]> pays = env.step(Key.of(0), PomdpState.of(5, 0, 1),
                new int[] {GeneralizedTMaze.UP, 0, 0});
        assertThat(pays.state().factor(0)).isEqualTo(2);
        assertThat(pays.reward()).isEqualTo(1.0);
        assertThat(pays.terminated()).isTrue();
        Step<PomdpState, int[]> punishes = env.step(Key.of(0), PomdpState.of(8, 0, 1),
                new int[] {GeneralizedTMaze.UP, 0, 0});
        assertThat(punishes.state().factor(0)).isEqualTo(5);
        assertThat(punishes.reward()).isEqualTo(-1.0);
        assertThat(punishes.terminated()).isTrue();
        Step<PomdpState, int[]> distractor = env.step(Key.of(0), PomdpState.of(6, 0, 1),
                new int[] {GeneralizedTMaze.UP, 0, 0});
        assertThat(distractor.observation()[3]).as("set 0's reward modality shows the outcome").isEqualTo(2);
        assertThat(distractor.reward()).isZero();
        assertThat(distractor.terminated()).isFalse();
    }

    @Test
    void rendersTheMaze() {
        GeneralizedTMaze env = new GeneralizedTMaze(GeneralizedTMaze.Config.of(true, List.of(0, 1)));
        assertThat(env.render(PomdpState.of(7, 0, 1))).contains("R1 .  R2\nP1 .  P2\nC1 x  C2\n");
    }

    // ---- bad input ----

    @Test
    void mazeParsingErrorsNameTheProblem() {
        assertThatThrownBy(() -> Maze.parse(List.of(List.of(1, 3), List.of(4)))).isInstanceOf(
                IllegalArgumentException.class).hasMessage("maze[1]: expected 2 cells like row 0, found 1");
        assertThatThrownBy(() -> Maze.parse(List.of(List.of(1, 3, 4, -5))))
                .hasMessage("maze[0][3]: expected a non-negative cell code, found -5");
        assertThatThrownBy(() -> Maze.parse(List.of(List.of(0, 3, 4, 5))))
                .hasMessage("maze: expected the start cell (code 1), found none");
        assertThatThrownBy(() -> Maze.parse(List.of(List.of(1, 3, 4, 8))))
                .hasMessage("maze: expected the second reward cell of set 0 (code 5), found none");
        assertThatThrownBy(() -> Maze.parse(List.of(List.of(1, 0, 2))))
                .hasMessage("maze: expected at least one cue-reward set (codes 3, 4 and 5), found a largest code of 2");
        assertThatThrownBy(() -> Maze.parse(List.of())).hasMessageStartingWith("maze: expected a non-empty matrix");
    }

    @Test
    void layoutAndMazeMustAgree() {
        assertThatThrownBy(() -> new GeneralizedTMaze.Config(null, null, null, false, 1, -1, true, 25))
                .hasMessage("layout: expected SMALL, LARGE or CUSTOM, found null");
        assertThatThrownBy(() -> custom(null, null))
                .hasMessage("maze: expected a matrix of cell codes for layout CUSTOM, found null");
        assertThatThrownBy(() -> new GeneralizedTMaze.Config(GeneralizedTMaze.Layout.SMALL, Maze.smallMatrix(), null,
                false, 1, -1, true, 25)).hasMessageStartingWith("maze: expected null for layout SMALL");
    }

    @Test
    void rewardLocationsMustBeOneBitPerSet() {
        assertThatThrownBy(() -> GeneralizedTMaze.Config.of(true, List.of(0)))
                .hasMessage("rewardLocations: expected one entry per set (2), found [0]");
        assertThatThrownBy(() -> GeneralizedTMaze.Config.of(true, List.of(0, 2)))
                .hasMessage("rewardLocations[1]: expected 0 or 1, found 2");
    }

    @Test
    void rewardValuesMustBeFiniteAndLimitNonNegative() {
        GeneralizedTMaze.Layout small = GeneralizedTMaze.Layout.SMALL;
        assertThatThrownBy(() -> new GeneralizedTMaze.Config(small, null, null, false, Double.NaN, -1, true, 25))
                .hasMessage("rewardValue: expected a finite number, found NaN");
        assertThatThrownBy(() -> new GeneralizedTMaze.Config(small, null, null, false, 1, Double.NaN, true, 25))
                .hasMessage("punishmentValue: expected a finite number, found NaN");
        assertThatThrownBy(() -> new GeneralizedTMaze.Config(small, null, null, false, 1, -1, true, -3))
                .hasMessage("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found -3");
    }
}
