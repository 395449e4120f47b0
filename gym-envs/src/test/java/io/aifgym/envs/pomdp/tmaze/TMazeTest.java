package io.aifgym.envs.pomdp.tmaze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.envs.testutil.ChiSquare;
import io.aifgym.envs.testutil.Models;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import org.junit.jupiter.api.Test;

class TMazeTest {

    private static double[] column(DoubleTensor a, int loc, int c) {
        double[] out = new double[a.dim(0)];
        for (int o = 0; o < out.length; o++) {
            out[o] = a.get(o, loc, c);
        }
        return out;
    }

    @Test
    void classicShapesAndDependenciesArePymdps() {
        GenerativeProcess p = TMaze.process(TMazeConfig.DEFAULT);
        assertThat(p.A().get(0).shape()).containsExactly(5, 5);
        assertThat(p.A().get(1).shape()).containsExactly(3, 5, 2);
        assertThat(p.A().get(2).shape()).containsExactly(3, 5, 2);
        assertThat(p.B().get(0).shape()).containsExactly(5, 5, 5);
        assertThat(p.B().get(1).shape()).containsExactly(2, 2, 1);
        assertThat(p.aDependencies()).isDeepEqualTo(new int[][] {{0}, {0, 1}, {0, 1}});
        assertThat(p.bDependencies()).isDeepEqualTo(new int[][] {{0}, {1}});
        assertThat(p.labels().modalities()).containsExactly("location", "reward", "cue");
        Models.assertNormalised(p);
    }

    @Test
    void simplifiedShapesAndDependenciesArePymdps() {
        GenerativeProcess p = SimplifiedTMaze.process(TMazeConfig.DEFAULT);
        assertThat(p.A().get(0).shape()).containsExactly(5, 4, 2);
        assertThat(p.A().get(1).shape()).containsExactly(3, 4, 2);
        assertThat(p.B().get(0).shape()).containsExactly(4, 4, 4);
        assertThat(p.B().get(1).shape()).containsExactly(2, 2, 1);
        assertThat(p.aDependencies()).isDeepEqualTo(new int[][] {{0, 1}, {0, 1}});
        Models.assertNormalised(p);
    }

    @Test
    void cueShowsTheCorrectArmWithCueValidity() {
        DoubleTensor cue = TMaze.process(TMazeConfig.of(1.0, 1.0, 0.9, null, false)).A().get(2);
        assertThat(column(cue, BaseTMaze.CUE, 0)).containsExactly(0.0, 0.9, 1 - 0.9);
        assertThat(column(cue, BaseTMaze.CUE, 1)).containsExactly(0.0, 1 - 0.9, 0.9);
        for (int loc : new int[] {BaseTMaze.CENTRE, BaseTMaze.LEFT, BaseTMaze.RIGHT, BaseTMaze.MIDDLE}) {
            assertThat(column(cue, loc, 0)).as("no cue at %d", loc).containsExactly(1.0, 0.0, 0.0);
        }
        DoubleTensor embedded = SimplifiedTMaze.process(TMazeConfig.of(1.0, 1.0, 0.8, null, false)).A().get(0);
        assertThat(column(embedded, BaseTMaze.CUE, 0)).containsExactly(0.0, 0.0, 0.0, 0.8, 1 - 0.8);
        assertThat(column(embedded, BaseTMaze.CUE, 1)).containsExactly(0.0, 0.0, 0.0, 1 - 0.8, 0.8);
        assertThat(column(embedded, BaseTMaze.LEFT, 1)).containsExactly(0.0, 1.0, 0.0, 0.0, 0.0);
    }

    @Test
    void rewardAndPunishmentEntriesForIndependentAndDependentOutcomes() {
        DoubleTensor independent = TMaze.process(TMazeConfig.of(0.8, 0.3, 0.95, null, false)).A().get(1);
        assertThat(column(independent, BaseTMaze.LEFT, 0)).containsExactly(1 - 0.8, 0.8, 0.0);
        assertThat(column(independent, BaseTMaze.RIGHT, 0)).containsExactly(1 - 0.3, 0.0, 0.3);
        assertThat(column(independent, BaseTMaze.RIGHT, 1)).containsExactly(1 - 0.8, 0.8, 0.0);
        DoubleTensor dependent = TMaze.process(TMazeConfig.of(0.8, 0.3, 0.95, null, true)).A().get(1);
        assertThat(column(dependent, BaseTMaze.LEFT, 0)).containsExactly(0.0, 0.8, 1 - 0.8);
        assertThat(column(dependent, BaseTMaze.RIGHT, 0)).containsExactly(0.0, 1 - 0.8, 0.8);
        for (int loc : new int[] {BaseTMaze.CENTRE, BaseTMaze.CUE, BaseTMaze.MIDDLE}) {
            assertThat(column(dependent, loc, 1)).containsExactly(1.0, 0.0, 0.0);
        }
    }

    @Test
    void classicMovesOnlyBetweenAdjacentLocationsAndArmsAreNotAbsorbing() {
        DoubleTensor b = TMaze.process(TMazeConfig.DEFAULT).B().get(0);
        assertThat(b.get(BaseTMaze.CENTRE, BaseTMaze.CENTRE, BaseTMaze.LEFT)).as("no direct centre-left")
                .isEqualTo(1.0);
        assertThat(b.get(BaseTMaze.MIDDLE, BaseTMaze.CENTRE, BaseTMaze.MIDDLE)).isEqualTo(1.0);
        assertThat(b.get(BaseTMaze.LEFT, BaseTMaze.MIDDLE, BaseTMaze.LEFT)).isEqualTo(1.0);
        assertThat(b.get(BaseTMaze.CUE, BaseTMaze.CENTRE, BaseTMaze.CUE)).isEqualTo(1.0);
        assertThat(b.get(BaseTMaze.CUE, BaseTMaze.MIDDLE, BaseTMaze.CUE)).as("no middle-cue").isZero();
        assertThat(b.get(BaseTMaze.MIDDLE, BaseTMaze.LEFT, BaseTMaze.MIDDLE)).as("leave an arm").isEqualTo(1.0);
        DoubleTensor full = SimplifiedTMaze.process(TMazeConfig.DEFAULT).B().get(0);
        for (int from = 0; from < 4; from++) {
            for (int a = 0; a < 4; a++) {
                assertThat(full.get(a, from, a)).isEqualTo(1.0);
            }
        }
    }

    @Test
    void startsAtTheCentreWithAUniformOrFixedRewardCondition() {
        GenerativeProcess uniform = TMaze.process(TMazeConfig.DEFAULT);
        assertThat(uniform.D().get(0).data()).containsExactly(1, 0, 0, 0, 0);
        assertThat(uniform.D().get(1).data()).containsExactly(0.5, 0.5);
        assertThat(TMaze.process(TMazeConfig.of(1, 1, 0.95, 1, false)).D().get(1).data()).containsExactly(0, 1);
    }

    @Test
    void cueFrequencyMatchesCueValidity() {
        TMaze env = new TMaze(TMazeConfig.of(1.0, 1.0, 0.75, 0, false));
        long[] counts = new long[3];
        for (int i = 0; i < 20_000; i++) {
            counts[env.observe(Key.of(12).fold(i), new TMazeState(BaseTMaze.CUE, 0)).observation()[2]]++;
        }
        assertThat(ChiSquare.statistic(counts, new double[] {0, 0.75, 0.25})).isLessThan(ChiSquare.critical(1));
    }

    @Test
    void armsRewardOrPunishAndEndTheEpisode() {
        TMaze env = new TMaze(TMazeConfig.of(1.0, 1.0, 0.95, 0, false));
        TMazeState middle = new TMazeState(BaseTMaze.MIDDLE, 0);
        Step<TMazeState, int[]> left = env.step(Key.of(1), middle, new int[] {BaseTMaze.LEFT, 0});
        assertThat(left.observation()[BaseTMaze.REWARD_MODALITY]).isEqualTo(1);
        assertThat(left.reward()).isEqualTo(1.0);
        assertThat(left.terminated()).isTrue();
        Step<TMazeState, int[]> right = env.step(Key.of(1), middle, new int[] {BaseTMaze.RIGHT, 0});
        assertThat(right.reward()).isEqualTo(-1.0);
        assertThat(right.terminated()).isTrue();
        Step<TMazeState, int[]> centre = env.step(Key.of(1), middle, new int[] {BaseTMaze.CENTRE, 0});
        assertThat(centre.reward()).isZero();
        assertThat(centre.terminated()).isFalse();
        TMaze open = new TMaze(new TMazeConfig(1.0, 1.0, 0.95, 0, false, false, 5.0, -2.0, false, 10));
        Step<TMazeState, int[]> openLeft = open.step(Key.of(1), middle, new int[] {BaseTMaze.LEFT, 0});
        assertThat(openLeft.reward()).isEqualTo(5.0);
        assertThat(openLeft.terminated()).isFalse();
    }

    @Test
    void rendersTheMaze() {
        TMaze env = new TMaze(TMazeConfig.DEFAULT);
        assertThat(env.render(new TMazeState(BaseTMaze.MIDDLE, 1))).contains("L x R\n  C\n  Q\nreward right\n");
        SimplifiedTMaze simple = new SimplifiedTMaze(TMazeConfig.DEFAULT);
        assertThat(simple.render(new TMazeState(BaseTMaze.CUE, 0))).contains("L C R\n  x\nreward left\n");
    }

    // ---- bad input: one test per validated field ----

    @Test
    void probabilitiesMustBeInZeroOne() {
        assertThatThrownBy(() -> TMazeConfig.of(1.2, 1.0, 0.95, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rewardProbability: expected a probability in [0, 1], found 1.2");
        assertThatThrownBy(() -> TMazeConfig.of(1.0, -0.1, 0.95, null, false))
                .hasMessage("punishmentProbability: expected a probability in [0, 1], found -0.1");
        assertThatThrownBy(() -> TMazeConfig.of(1.0, 1.0, Double.NaN, null, false))
                .hasMessage("cueValidity: expected a probability in [0, 1], found NaN");
    }

    @Test
    void rewardConditionMustBeZeroOneOrNull() {
        assertThatThrownBy(() -> TMazeConfig.of(1.0, 1.0, 0.95, 2, false))
                .hasMessage("rewardCondition: expected 0 (left), 1 (right) or null, found 2");
    }

    @Test
    void rewardValuesMustBeFiniteAndLimitNonNegative() {
        assertThatThrownBy(() -> new TMazeConfig(1, 1, 0.95, null, false, false, Double.NaN, -1, true, 10))
                .hasMessage("rewardValue: expected a finite number, found NaN");
        assertThatThrownBy(() -> new TMazeConfig(1, 1, 0.95, null, false, false, 1, Double.NEGATIVE_INFINITY, true,
                10)).hasMessage("punishmentValue: expected a finite number, found -Infinity");
        assertThatThrownBy(() -> new TMazeConfig(1, 1, 0.95, null, false, false, 1, -1, true, -1))
                .hasMessage("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found -1");
    }

    @Test
    void actionOutsideTheSpaceIsRefused() {
        TMaze env = new TMaze(TMazeConfig.DEFAULT);
        assertThatThrownBy(() -> env.step(Key.of(0), new TMazeState(0, 0), new int[] {5, 0}))
                .hasMessage("action: expected a member of MultiDiscrete([5, 1]), found [5, 0]");
    }
}
