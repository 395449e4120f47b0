package io.aifgym.gym.wrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.testenv.Walk;
import io.aifgym.gym.vector.AutoresetMode;
import org.junit.jupiter.api.Test;

class WrappersTest {

    private final Walk walk = new Walk(3, 0.0); // start at 1; any move ends the episode

    @Test
    void timeLimitTruncatesAtTheLimitAndCountsInItsOwnState() {
        TimeLimit<Walk.State, Integer, Integer> env = new TimeLimit<>(new Walk(101, 0.5), 2);
        Reset<TimeLimit.State<Walk.State>, Integer> r = env.reset(Key.of(0));
        Step<TimeLimit.State<Walk.State>, Integer> s1 = env.step(Key.of(1), r.state(), 1);
        assertThat(s1.truncated()).isFalse();
        assertThat(s1.state().elapsed()).isEqualTo(1);
        Step<TimeLimit.State<Walk.State>, Integer> s2 = env.step(Key.of(2), s1.state(), 1);
        assertThat(s2.truncated()).isTrue();
        assertThat(env.spec().maxEpisodeSteps()).isEqualTo(2);
        assertThatThrownBy(() -> new TimeLimit<>(walk, 0)).hasMessageContaining("maxSteps");
    }

    @Test
    void sameStepResetKeepsTheFinalObservation() {
        AutoReset<Walk.State, Integer, Integer> env = new AutoReset<>(walk, AutoresetMode.SAME_STEP);
        Reset<AutoReset.State<Walk.State, Integer>, Integer> r = env.reset(Key.of(0));
        Step<AutoReset.State<Walk.State, Integer>, Integer> s = env.step(Key.of(1), r.state(), 1);
        assertThat(s.terminated()).isTrue();
        assertThat(s.reward()).isEqualTo(1.0);
        assertThat(s.state().finalObservation()).isEqualTo(2);
        assertThat(s.observation()).isEqualTo(1); // the new episode's start
        assertThat(s.state().needsReset()).isFalse();
    }

    @Test
    void nextStepResetReturnsTheEndThenResetsIgnoringTheAction() {
        AutoReset<Walk.State, Integer, Integer> env = new AutoReset<>(walk, AutoresetMode.NEXT_STEP);
        var r = env.reset(Key.of(0));
        var end = env.step(Key.of(1), r.state(), 0);
        assertThat(end.observation()).isEqualTo(0);
        assertThat(end.terminated()).isTrue();
        assertThat(end.state().needsReset()).isTrue();
        var reset = env.step(Key.of(2), end.state(), 1);
        assertThat(reset.observation()).isEqualTo(1);
        assertThat(reset.reward()).isEqualTo(0.0);
        assertThat(reset.done()).isFalse();
    }

    @Test
    void disabledNeverResets() {
        AutoReset<Walk.State, Integer, Integer> env = new AutoReset<>(walk, AutoresetMode.DISABLED);
        var r = env.reset(Key.of(0));
        var end = env.step(Key.of(1), r.state(), 0);
        assertThat(end.observation()).isEqualTo(0);
        assertThat(end.state().needsReset()).isFalse();
        assertThat(end.state().finalObservation()).isNull();
    }

    @Test
    void checkedRefusesActionsOutsideTheSpace() {
        Checked<Walk.State, Integer, Integer> env = new Checked<>(walk);
        var r = env.reset(Key.of(0));
        assertThatThrownBy(() -> env.step(Key.of(1), r.state(), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Walk-v0 action").hasMessageContaining("Discrete(2)").hasMessageContaining("2");
    }
}
