package io.aifgym.envs.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.envs.testutil.ChiSquare;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.TabularModel.Outcome;
import io.aifgym.gym.random.Key;
import org.junit.jupiter.api.Test;

class CliffWalkingTest {

    private final CliffWalking env = new CliffWalking(CliffWalking.Config.DEFAULT);

    @Test
    void startsAtTheBottomLeft() {
        Reset<TabularState, Integer> r = env.reset(Key.of(0));
        assertThat(r.observation()).isEqualTo(36);
        assertThat(env.tabularModel().initial()[36]).isEqualTo(1.0);
        assertThat(env.spec().maxEpisodeSteps()).isEqualTo(500);
        assertThat(env.spec().id().toString()).isEqualTo("CliffWalking-v1");
    }

    @Test
    void theCliffCostsAHundredAndReturnsToTheStartWithoutEnding() {
        Step<TabularState, Integer> fall = env.step(Key.of(0), TabularState.start(36), CliffWalking.RIGHT);
        assertThat(fall.observation()).isEqualTo(36);
        assertThat(fall.reward()).isEqualTo(-100.0);
        assertThat(fall.terminated()).isFalse();
        assertThat(env.tabularModel().outcomes(25, CliffWalking.DOWN))
                .containsExactly(new Outcome(1.0, 36, -100.0, false));
    }

    @Test
    void everyOtherStepCostsOneAndTheGoalEnds() {
        Step<TabularState, Integer> up = env.step(Key.of(0), TabularState.start(36), CliffWalking.UP);
        assertThat(up.observation()).isEqualTo(24);
        assertThat(up.reward()).isEqualTo(-1.0);
        Step<TabularState, Integer> wall = env.step(Key.of(0), TabularState.start(0), CliffWalking.LEFT);
        assertThat(wall.observation()).as("off the grid stays").isEqualTo(0);
        Step<TabularState, Integer> goal = env.step(Key.of(0), TabularState.start(35), CliffWalking.DOWN);
        assertThat(goal.observation()).isEqualTo(47);
        assertThat(goal.reward()).isEqualTo(-1.0);
        assertThat(goal.terminated()).isTrue();
    }

    @Test
    void slipperyMovesAreAThirdEach() {
        CliffWalking slippery = new CliffWalking(new CliffWalking.Config(true, 500));
        assertThat(slippery.tabularModel().outcomes(13, CliffWalking.RIGHT)).containsExactly(
                new Outcome(1.0 / 3, 1, -1.0, false), new Outcome(1.0 / 3, 14, -1.0, false),
                new Outcome(1.0 / 3, 25, -1.0, false));
        long[] counts = new long[3];
        for (int i = 0; i < 30_000; i++) {
            int next = slippery.step(Key.of(55).fold(i), TabularState.start(13), CliffWalking.RIGHT).observation();
            counts[next == 1 ? 0 : next == 14 ? 1 : 2]++;
        }
        double third = 1.0 / 3;
        assertThat(ChiSquare.statistic(counts, new double[] {third, third, third})).isLessThan(ChiSquare.critical(2));
    }

    @Test
    void rendersLikeGymnasiumsAnsiMode() {
        String row = "o  o  o  o  o  o  o  o  o  o  o  o\n";
        assertThat(env.render(TabularState.start(36)))
                .contains(row + row + row + "x  C  C  C  C  C  C  C  C  C  C  T\n\n");
    }

    @Test
    void maxEpisodeStepsMustNotBeNegative() {
        assertThatThrownBy(() -> new CliffWalking.Config(false, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found -1");
        assertThat(new CliffWalking(new CliffWalking.Config(false, 0)).spec().hasTimeLimit()).isFalse();
    }

    @Test
    void actionsOutsideTheSpaceAreRefused() {
        assertThatThrownBy(() -> env.step(Key.of(0), TabularState.start(36), 4))
                .hasMessage("action: expected a member of Discrete(4), found 4");
    }
}
