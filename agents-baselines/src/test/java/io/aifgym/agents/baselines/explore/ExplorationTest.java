package io.aifgym.agents.baselines.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExplorationTest {

    @Test
    void parameterFollowsTheChosenStrategysSchedule() {
        assertThat(Exploration.DEFAULT.parameter(0, 0)).isEqualTo(1.0);
        assertThat(Exploration.DEFAULT.parameter(10_000, 0)).isEqualTo(0.05);
        assertThat(Exploration.softmax(Schedule.constant(0.5)).parameter(7, 1)).isEqualTo(0.5);
    }

    @Test
    void rejectsEpsilonOutsideTheUnitIntervalAndNonPositiveTemperatures() {
        assertThatThrownBy(() -> Exploration.epsilonGreedy(Schedule.linear(1.5, 0.1, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("epsilon: expected values in [0, 1], found start 1.5 and end 0.1");
        assertThatThrownBy(() -> Exploration.softmax(Schedule.linear(1.0, 0.0, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("temperature: expected positive values, found start 1.0 and end 0.0");
        assertThatThrownBy(() -> new Exploration(null, Schedule.constant(0.1), Schedule.constant(1)))
                .isInstanceOf(NullPointerException.class).hasMessage("strategy");
    }
}
