package io.aifgym.envs.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.envs.testutil.ChiSquare;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.TabularModel;
import io.aifgym.gym.model.TabularModel.Outcome;
import io.aifgym.gym.random.Key;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrozenLakeTest {

    private static final double THIRD = 1.0 / 3.0;
    private static final double FAIL = (1.0 - 1.0 / 3.0) / 2.0;

    @Test
    void deterministicMovesUseGymnasiumsActionOrder() {
        TabularModel m = FrozenLake.model(FrozenLake.Config.of("4x4", false));
        assertThat(m.outcomes(0, FrozenLake.LEFT)).containsExactly(new Outcome(1.0, 0, 0.0, false));
        assertThat(m.outcomes(0, FrozenLake.DOWN)).containsExactly(new Outcome(1.0, 4, 0.0, false));
        assertThat(m.outcomes(0, FrozenLake.RIGHT)).containsExactly(new Outcome(1.0, 1, 0.0, false));
        assertThat(m.outcomes(0, FrozenLake.UP)).containsExactly(new Outcome(1.0, 0, 0.0, false));
        assertThat(m.outcomes(1, FrozenLake.DOWN)).as("into a hole").containsExactly(new Outcome(1.0, 5, 0.0, true));
        assertThat(m.outcomes(14, FrozenLake.RIGHT)).as("to the goal").containsExactly(new Outcome(1.0, 15, 1.0, true));
        assertThat(m.outcomes(5, FrozenLake.RIGHT)).as("holes are absorbing")
                .containsExactly(new Outcome(1.0, 5, 0.0, true));
    }

    @Test
    void slipperyMovesListTheIntendedAndPerpendicularDirectionsInGymnasiumsOrder() {
        TabularModel m = FrozenLake.model(FrozenLake.Config.DEFAULT);
        assertThat(m.outcomes(0, FrozenLake.DOWN)).containsExactly(new Outcome(FAIL, 0, 0.0, false),
                new Outcome(THIRD, 4, 0.0, false), new Outcome(FAIL, 1, 0.0, false));
        assertThat(m.outcomes(0, FrozenLake.LEFT)).containsExactly(new Outcome(FAIL, 0, 0.0, false),
                new Outcome(THIRD, 0, 0.0, false), new Outcome(FAIL, 4, 0.0, false));
        TabularModel sure = FrozenLake.model(new FrozenLake.Config("4x4", null, true, 0.8, List.of(1.0, 0.0, 0.0),
                null));
        assertThat(sure.outcomes(0, FrozenLake.RIGHT).stream().map(Outcome::probability))
                .containsExactly((1.0 - 0.8) / 2.0, 0.8, (1.0 - 0.8) / 2.0);
    }

    @Test
    void slipperyTransitionFrequenciesAreAThirdEach() {
        FrozenLake env = new FrozenLake(FrozenLake.Config.DEFAULT);
        TabularState s = new TabularState(6, -1);
        long[] counts = new long[3];
        for (int i = 0; i < 30_000; i++) {
            int next = env.step(Key.of(31).fold(i), s, FrozenLake.RIGHT).observation();
            counts[switch (next) {
                case 10 -> 0;
                case 7 -> 1;
                case 2 -> 2;
                default -> throw new AssertionError("unexpected next state " + next);
            }]++;
        }
        assertThat(ChiSquare.statistic(counts, new double[] {FAIL, THIRD, FAIL})).isLessThan(ChiSquare.critical(2));
    }

    @Test
    void rewardScheduleAndTerminationFollowTheLetterEntered() {
        FrozenLake env = new FrozenLake(new FrozenLake.Config("4x4", null, false, THIRD, List.of(5.0, -2.0, -0.1),
                null));
        Step<TabularState, Integer> goal = env.step(Key.of(0), new TabularState(14, -1), FrozenLake.RIGHT);
        assertThat(goal.reward()).isEqualTo(5.0);
        assertThat(goal.terminated()).isTrue();
        assertThat(goal.metrics()).containsEntry("prob", 1.0);
        Step<TabularState, Integer> hole = env.step(Key.of(0), new TabularState(1, -1), FrozenLake.DOWN);
        assertThat(hole.reward()).isEqualTo(-2.0);
        assertThat(hole.terminated()).isTrue();
        Step<TabularState, Integer> ice = env.step(Key.of(0), new TabularState(1, -1), FrozenLake.LEFT);
        assertThat(ice.reward()).as("S counts as frozen").isEqualTo(-0.1);
        assertThat(ice.terminated()).isFalse();
    }

    @Test
    void mapsAndTimeLimitsAreGymnasiums() {
        FrozenLake small = new FrozenLake(FrozenLake.Config.DEFAULT);
        assertThat(small.observationSpace().cardinality()).isEqualTo(16);
        assertThat(small.spec().maxEpisodeSteps()).isEqualTo(100);
        assertThat(small.spec().id().toString()).isEqualTo("FrozenLake-v1");
        FrozenLake large = new FrozenLake(FrozenLake.Config.of("8x8", true));
        assertThat(large.observationSpace().cardinality()).isEqualTo(64);
        assertThat(large.spec().maxEpisodeSteps()).isEqualTo(200);
        assertThat(large.tabularModel().outcomes(63, 0)).containsExactly(new Outcome(1.0, 63, 0.0, true));
        FrozenLake limited = new FrozenLake(new FrozenLake.Config("8x8", null, true, THIRD, List.of(1.0, 0.0, 0.0),
                30));
        assertThat(limited.spec().maxEpisodeSteps()).isEqualTo(30);
        FrozenLake custom = new FrozenLake(new FrozenLake.Config("8x8", List.of("SG"), true, THIRD,
                List.of(1.0, 0.0, 0.0), null));
        assertThat(custom.observationSpace().cardinality()).as("the map wins over mapName").isEqualTo(2);
        assertThat(custom.spec().maxEpisodeSteps()).isEqualTo(100);
    }

    @Test
    void startIsUniformOverStartCells() {
        FrozenLake env = new FrozenLake(FrozenLake.Config.ofMap(List.of("SFS", "FSG"), false));
        assertThat(env.tabularModel().initial()).containsExactly(THIRD, 0, THIRD, 0, THIRD, 0);
        long[] counts = new long[6];
        for (int i = 0; i < 9_000; i++) {
            counts[env.reset(Key.of(40).fold(i)).observation()]++;
        }
        double[] p = env.tabularModel().initial();
        assertThat(ChiSquare.statistic(counts, p)).isLessThan(ChiSquare.critical(2));
    }

    @Test
    void rendersLikeGymnasiumsAnsiMode() {
        FrozenLake env = new FrozenLake(FrozenLake.Config.DEFAULT);
        assertThat(env.render(TabularState.start(0)))
                .contains("\n\u001b[41mS\u001b[0mFFF\nFHFH\nFFFH\nHFFG\n");
        assertThat(env.render(new TabularState(5, FrozenLake.DOWN)))
                .contains("  (Down)\nSFFF\nF\u001b[41mH\u001b[0mFH\nFFFH\nHFFG\n");
    }

    // ---- bad input: one test per validated field ----

    @Test
    void mapNameMustBeKnownWhenNoMapIsGiven() {
        assertThatThrownBy(() -> FrozenLake.Config.of("5x5", true)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mapName: expected \"4x4\" or \"8x8\" (or give a map), found \"5x5\"");
    }

    @Test
    void customMapsMustBeRectangularWithKnownLettersAndAStart() {
        assertThatThrownBy(() -> FrozenLake.Config.ofMap(List.of("SF", "F"), true))
                .hasMessage("map[1]: expected 2 cells like row 0, found \"F\"");
        assertThatThrownBy(() -> FrozenLake.Config.ofMap(List.of("SX"), true))
                .hasMessage("map[0][1]: expected one of S, F, H, G, found 'X'");
        assertThatThrownBy(() -> FrozenLake.Config.ofMap(List.of("FG"), true))
                .hasMessage("map: expected at least one start cell S, found none in [FG]");
        assertThatThrownBy(() -> FrozenLake.Config.ofMap(List.of(), true))
                .hasMessageStartingWith("map: expected at least one non-empty row");
    }

    @Test
    void successRateMustBeAProbability() {
        assertThatThrownBy(() -> new FrozenLake.Config("4x4", null, true, 1.5, List.of(1.0, 0.0, 0.0), null))
                .hasMessage("successRate: expected a probability in [0, 1], found 1.5");
    }

    @Test
    void rewardScheduleMustBeThreeFiniteNumbers() {
        assertThatThrownBy(() -> new FrozenLake.Config("4x4", null, true, THIRD, List.of(1.0, 0.0), null))
                .hasMessage("rewardSchedule: expected three finite rewards (goal, hole, frozen), found [1.0, 0.0]");
        assertThatThrownBy(() -> new FrozenLake.Config("4x4", null, true, THIRD, List.of(1.0, 0.0, Double.NaN),
                null)).hasMessageStartingWith("rewardSchedule:");
    }

    @Test
    void maxEpisodeStepsMustNotBeNegative() {
        assertThatThrownBy(() -> new FrozenLake.Config("4x4", null, true, THIRD, List.of(1.0, 0.0, 0.0), -1))
                .hasMessage("maxEpisodeSteps: expected 0 (no limit), a positive limit or null, found -1");
    }

    @Test
    void actionsOutsideTheSpaceAreRefused() {
        FrozenLake env = new FrozenLake(FrozenLake.Config.DEFAULT);
        assertThatThrownBy(() -> env.step(Key.of(0), TabularState.start(0), 4))
                .hasMessage("action: expected a member of Discrete(4), found 4");
        assertThatThrownBy(() -> env.step(Key.of(0), TabularState.start(0), null)).hasMessageStartingWith("action:");
    }
}
