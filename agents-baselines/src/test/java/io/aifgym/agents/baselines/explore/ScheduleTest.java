package io.aifgym.agents.baselines.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void constantLinearAndExponentialValues() {
        assertThat(Schedule.constant(0.3).at(1_000_000, 50)).isEqualTo(0.3);
        Schedule linear = Schedule.linear(1.0, 0.1, 10);
        assertThat(linear.at(0, 0)).isEqualTo(1.0);
        assertThat(linear.at(5, 0)).isCloseTo(0.55, within(1e-15));
        assertThat(linear.at(10, 0)).isEqualTo(0.1);
        assertThat(linear.at(99, 0)).isEqualTo(0.1);
        Schedule exponential = Schedule.exponential(1.0, 0.01, 10);
        assertThat(exponential.at(5, 0)).isCloseTo(0.1, within(1e-15));
        assertThat(exponential.at(20, 0)).isEqualTo(0.01);
    }

    @Test
    void episodeClockCountsEpisodes() {
        Schedule perEpisode = Schedule.linear(1.0, 0.0, 4).per(Clock.EPISODES);
        assertThat(perEpisode.at(1_000, 1)).isEqualTo(0.75);
        assertThat(perEpisode.clock()).isEqualTo(Clock.EPISODES);
    }

    @Test
    void rangeCoversStartAndEnd() {
        assertThat(Schedule.linear(0.2, 0.9, 3).range()).containsExactly(0.2, 0.9);
        assertThat(new Schedule(Decay.CONSTANT, 0.5, 7.0, 1, Clock.STEPS).range()).containsExactly(0.5, 0.5);
    }

    @Test
    void rejectsBadSchedules() {
        assertThatThrownBy(() -> Schedule.linear(Double.NaN, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start: expected a finite number, found NaN");
        assertThatThrownBy(() -> Schedule.linear(1, Double.POSITIVE_INFINITY, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end: expected a finite number, found Infinity");
        assertThatThrownBy(() -> Schedule.linear(1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration: expected at least 1, found 0");
        assertThatThrownBy(() -> Schedule.exponential(1, 0, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start and end: expected positive values for an exponential decay, found 1.0 and 0.0");
        assertThatThrownBy(() -> new Schedule(null, 1, 1, 1, Clock.STEPS)).isInstanceOf(NullPointerException.class)
                .hasMessage("decay");
    }
}
