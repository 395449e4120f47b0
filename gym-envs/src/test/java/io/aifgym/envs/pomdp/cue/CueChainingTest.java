package io.aifgym.envs.pomdp.cue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.envs.testutil.Models;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueChainingTest {

    private static final CueChaining.Config D = CueChaining.Config.DEFAULT;

    private static CueChaining.Config with(List<Integer> shape, List<Integer> start, List<Integer> cue1,
            List<List<Integer>> cue2, List<List<Integer>> rewards, Integer cue2State, Integer condition,
            List<String> cue2Names, List<String> conditionNames) {
        return new CueChaining.Config(shape, start, cue1, cue2, rewards, cue2State, condition, cue2Names,
                conditionNames, false, 1.0, -1.0, true, 30);
    }

    @Test
    void defaultShapesAndDependenciesArePymdps() {
        GenerativeProcess p = CueChaining.process(D);
        assertThat(p.A().get(0).shape()).containsExactly(35, 35);
        assertThat(p.A().get(1).shape()).containsExactly(5, 35, 4);
        assertThat(p.A().get(2).shape()).containsExactly(3, 35, 4, 2);
        assertThat(p.A().get(3).shape()).containsExactly(3, 35, 2);
        assertThat(p.B().get(0).shape()).containsExactly(35, 35, 5);
        assertThat(p.B().get(1).shape()).containsExactly(4, 4, 1);
        assertThat(p.B().get(2).shape()).containsExactly(2, 2, 1);
        assertThat(p.aDependencies()).isDeepEqualTo(new int[][] {{0}, {0, 1}, {0, 1, 2}, {0, 2}});
        assertThat(p.bDependencies()).isDeepEqualTo(new int[][] {{0}, {1}, {2}});
        Models.assertNormalised(p);
    }

    @Test
    void likelihoodsRevealTheChain() {
        GenerativeProcess p = CueChaining.process(D);
        int cue1 = 2 * 7;
        DoubleTensor a1 = p.A().get(1);
        for (int k = 0; k < 4; k++) {
            assertThat(a1.get(1 + k, cue1, k)).isEqualTo(1.0);
            assertThat(a1.get(0, 0, k)).isEqualTo(1.0);
        }
        DoubleTensor a2 = p.A().get(2);
        int cue2of1 = 7 + 3;
        assertThat(a2.get(1, cue2of1, 1, 0)).isEqualTo(1.0);
        assertThat(a2.get(2, cue2of1, 1, 1)).isEqualTo(1.0);
        assertThat(a2.get(0, cue2of1, 2, 1)).as("an inactive second cue shows Null").isEqualTo(1.0);
        DoubleTensor a3 = p.A().get(3);
        int top = 7 + 5;
        int bottom = 3 * 7 + 5;
        assertThat(a3.get(1, top, 0)).isEqualTo(1.0);
        assertThat(a3.get(2, top, 1)).isEqualTo(1.0);
        assertThat(a3.get(2, bottom, 0)).isEqualTo(1.0);
        assertThat(a3.get(1, bottom, 1)).isEqualTo(1.0);
        assertThat(a3.get(0, 0, 1)).isEqualTo(1.0);
    }

    @Test
    void movesAreUpDownLeftRightStayClampedAtTheBorder() {
        DoubleTensor b = CueChaining.process(D).B().get(0);
        int s = 8; // (1, 1)
        assertThat(b.get(1, s, CueChaining.UP)).isEqualTo(1.0);
        assertThat(b.get(15, s, CueChaining.DOWN)).isEqualTo(1.0);
        assertThat(b.get(7, s, CueChaining.LEFT)).isEqualTo(1.0);
        assertThat(b.get(9, s, CueChaining.RIGHT)).isEqualTo(1.0);
        assertThat(b.get(s, s, CueChaining.STAY)).isEqualTo(1.0);
        assertThat(b.get(0, 0, CueChaining.UP)).isEqualTo(1.0);
        assertThat(b.get(34, 34, CueChaining.RIGHT)).isEqualTo(1.0);
    }

    @Test
    void priorsAreFixedOrUniformAndLabelsArePymdps() {
        GenerativeProcess uniform = CueChaining.process(D);
        assertThat(uniform.D().get(0).get(0)).isEqualTo(1.0);
        assertThat(uniform.D().get(1).data()).containsExactly(0.25, 0.25, 0.25, 0.25);
        assertThat(uniform.D().get(2).data()).containsExactly(0.5, 0.5);
        GenerativeProcess fixed = CueChaining.process(CueChaining.Config.of(2, 1));
        assertThat(fixed.D().get(1).data()).containsExactly(0, 0, 1, 0);
        assertThat(fixed.D().get(2).data()).containsExactly(0, 1);
        assertThat(uniform.labels().observations().get(1)).containsExactly("Null", "L1", "L2", "L3", "L4");
        assertThat(uniform.labels().observations().get(2)).containsExactly("Null", "reward_on_top", "reward_on_bottom");
        assertThat(uniform.labels().observations().get(3)).containsExactly("Null", "Cheese", "Shock");
        assertThat(uniform.labels().actions().get(0)).containsExactly("UP", "DOWN", "LEFT", "RIGHT", "STAY");
    }

    @Test
    void cheeseRewardsShockPunishesAndBothEndTheEpisode() {
        CueChaining env = new CueChaining(CueChaining.Config.of(0, 1));
        Step<CueChaining.State, int[]> shock = env.step(Key.of(0), new CueChaining.State(11, 0, 1),
                new int[] {CueChaining.RIGHT, 0, 0});
        assertThat(shock.observation()[3]).isEqualTo(2);
        assertThat(shock.reward()).isEqualTo(-1.0);
        assertThat(shock.terminated()).isTrue();
        Step<CueChaining.State, int[]> cheese = env.step(Key.of(0), new CueChaining.State(25, 0, 1),
                new int[] {CueChaining.RIGHT, 0, 0});
        assertThat(cheese.reward()).isEqualTo(1.0);
        assertThat(cheese.terminated()).isTrue();
        Step<CueChaining.State, int[]> cue = env.step(Key.of(0), new CueChaining.State(7, 0, 1),
                new int[] {CueChaining.DOWN, 0, 0});
        assertThat(cue.observation()[1]).as("cue 1 reveals cue-2 state 0").isEqualTo(1);
        assertThat(cue.reward()).isZero();
        assertThat(cue.terminated()).isFalse();
    }

    @Test
    void rendersTheGrid() {
        CueChaining env = new CueChaining(D);
        String text = env.render(new CueChaining.State(0, 1, 0)).orElseThrow();
        assertThat(text.lines()).containsExactly("x.o....", "...2.+.", "1......", "...o.-.", "..o....");
    }

    // ---- bad input: pymdp's validation errors, one test each ----

    @Test
    void gridShapeMustBePositive() {
        assertThatThrownBy(() -> with(List.of(0, 7), D.startLocation(), D.cue1Location(), D.cue2Locations(),
                D.rewardLocations(), null, null, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gridShape: expected [rows, cols] with positive sizes, found [0, 7]");
    }

    @Test
    void cue2LocationsMustNotBeEmpty() {
        assertThatThrownBy(() -> with(D.gridShape(), D.startLocation(), D.cue1Location(), List.of(),
                D.rewardLocations(), null, null, null, null))
                .hasMessage("cue2Locations: expected at least one location, found none");
    }

    @Test
    void rewardLocationsMustBeTwoDifferentCells() {
        assertThatThrownBy(() -> with(D.gridShape(), D.startLocation(), D.cue1Location(), D.cue2Locations(),
                List.of(List.of(1, 5)), null, null, null, null))
                .hasMessage("rewardLocations: expected exactly two locations, found 1");
        assertThatThrownBy(() -> with(D.gridShape(), D.startLocation(), D.cue1Location(), D.cue2Locations(),
                List.of(List.of(1, 5), List.of(1, 5)), null, null, null, null))
                .hasMessage("rewardLocations: expected two different cells, found [[1, 5], [1, 5]]");
    }

    @Test
    void everyCoordinateMustBeInsideTheGrid() {
        assertThatThrownBy(() -> with(D.gridShape(), List.of(5, 0), D.cue1Location(), D.cue2Locations(),
                D.rewardLocations(), null, null, null, null))
                .hasMessage("startLocation: expected a cell [row, col] inside the 5x7 grid, found [5, 0]");
        assertThatThrownBy(() -> with(D.gridShape(), D.startLocation(), List.of(0, 7), D.cue2Locations(),
                D.rewardLocations(), null, null, null, null)).hasMessageStartingWith("cue1Location:");
        assertThatThrownBy(() -> with(D.gridShape(), D.startLocation(), D.cue1Location(),
                List.of(List.of(0, 2), List.of(-1, 3)), D.rewardLocations(), null, null, null, null))
                .hasMessageStartingWith("cue2Locations[1]:");
        assertThatThrownBy(() -> with(D.gridShape(), D.startLocation(), D.cue1Location(), D.cue2Locations(),
                List.of(List.of(1, 5), List.of(3, 9)), null, null, null, null))
                .hasMessageStartingWith("rewardLocations[1]:");
    }

    @Test
    void fixedStatesMustBeInRange() {
        assertThatThrownBy(() -> CueChaining.Config.of(4, null))
                .hasMessage("cue2State: expected a state in [0, 4) or null, found 4");
        assertThatThrownBy(() -> CueChaining.Config.of(null, -1))
                .hasMessage("rewardCondition: expected 0, 1 or null, found -1");
    }

    @Test
    void nameListsMustHaveTheRightLength() {
        assertThatThrownBy(() -> with(D.gridShape(), D.startLocation(), D.cue1Location(), D.cue2Locations(),
                D.rewardLocations(), null, null, List.of("a", "b"), null))
                .hasMessage("cue2Names: expected one name per cue-2 location (4), found 2");
        assertThatThrownBy(() -> with(D.gridShape(), D.startLocation(), D.cue1Location(), D.cue2Locations(),
                D.rewardLocations(), null, null, null, List.of("TOP")))
                .hasMessage("rewardConditionNames: expected two names, found 1");
    }

    @Test
    void rewardValuesMustBeFiniteAndLimitNonNegative() {
        assertThatThrownBy(() -> new CueChaining.Config(D.gridShape(), D.startLocation(), D.cue1Location(),
                D.cue2Locations(), D.rewardLocations(), null, null, null, null, false, Double.NaN, -1, true, 30))
                .hasMessage("rewardValue: expected a finite number, found NaN");
        assertThatThrownBy(() -> new CueChaining.Config(D.gridShape(), D.startLocation(), D.cue1Location(),
                D.cue2Locations(), D.rewardLocations(), null, null, null, null, false, 1, Double.NaN, true, 30))
                .hasMessage("punishmentValue: expected a finite number, found NaN");
        assertThatThrownBy(() -> new CueChaining.Config(D.gridShape(), D.startLocation(), D.cue1Location(),
                D.cue2Locations(), D.rewardLocations(), null, null, null, null, false, 1, -1, true, -1))
                .hasMessage("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found -1");
    }
}
