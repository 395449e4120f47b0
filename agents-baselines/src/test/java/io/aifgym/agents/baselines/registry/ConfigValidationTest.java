package io.aifgym.agents.baselines.registry;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.agents.baselines.dqn.DqnConfig;
import io.aifgym.agents.baselines.explore.Exploration;
import io.aifgym.agents.baselines.explore.Schedule;
import io.aifgym.agents.baselines.tabular.DynaQConfig;
import io.aifgym.agents.baselines.tabular.TabularConfig;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One failing check per validated config field, with its message. */
class ConfigValidationTest {

    private static final Exploration E = Exploration.DEFAULT;

    @Test
    void tabularConfig() {
        assertThatThrownBy(() -> new TabularConfig(Schedule.constant(0.0), 0.9, 0, E))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("learningRate: expected values in (0, 1], found start 0.0 and end 0.0");
        assertThatThrownBy(() -> new TabularConfig(Schedule.linear(1.5, 0.1, 10), 0.9, 0, E))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("learningRate: expected values in (0, 1], found start 1.5 and end 0.1");
        assertThatThrownBy(() -> new TabularConfig(Schedule.constant(0.1), 1.01, 0, E))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("discount: expected a value in [0, 1], found 1.01");
        assertThatThrownBy(() -> new TabularConfig(Schedule.constant(0.1), 0.9, Double.POSITIVE_INFINITY, E))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initialValue: expected a finite number, found Infinity");
        assertThatThrownBy(() -> new TabularConfig(null, 0.9, 0, E)).isInstanceOf(NullPointerException.class)
                .hasMessage("learningRate");
        assertThatThrownBy(() -> new TabularConfig(Schedule.constant(0.1), 0.9, 0, null))
                .isInstanceOf(NullPointerException.class).hasMessage("exploration");
    }

    @Test
    void dynaQConfig() {
        assertThatThrownBy(() -> new DynaQConfig(Schedule.constant(0.1), -0.1, 0, E, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("discount: expected a value in [0, 1], found -0.1");
        assertThatThrownBy(() -> new DynaQConfig(Schedule.constant(0.1), 0.9, Double.NaN, E, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initialValue: expected a finite number, found NaN");
    }

    @Test
    void dqnConfig() {
        DqnConfig d = DqnConfig.DEFAULT;
        assertThatThrownBy(() -> d.withNetwork(Arrays.asList(16, null), 1e-3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hiddenLayers[1]: expected a positive width, found null");
        assertThatThrownBy(() -> d.withNetwork(List.of(0), 1e-3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hiddenLayers[0]: expected a positive width, found 0");
        assertThatThrownBy(() -> d.withNetwork(List.of(8), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("learningRate: expected a positive finite number, found 0.0");
        assertThatThrownBy(() -> d.withDiscount(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("discount: expected a value in [0, 1], found 2.0");
        assertThatThrownBy(() -> d.withTraining(0, 10, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batchSize: expected a positive number, found 0");
        assertThatThrownBy(() -> d.withTraining(20_000, 10, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("replayCapacity: expected at least batchSize (20000), found 10000");
        assertThatThrownBy(() -> d.withTraining(32, -1, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("learningStarts: expected a non-negative number, found -1");
        assertThatThrownBy(() -> d.withTraining(32, 10, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("targetUpdateEvery: expected a positive number, found 0");
        assertThatThrownBy(() -> new DqnConfig(List.of(8), 1e-3, 0.9, 32, 100, 0, 0, 10, false, E))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("trainEvery: expected a positive number, found 0");
        assertThatThrownBy(() -> new DqnConfig(null, 1e-3, 0.9, 32, 100, 0, 1, 10, false, E))
                .isInstanceOf(NullPointerException.class).hasMessage("hiddenLayers");
    }
}
