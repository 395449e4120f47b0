package io.aifgym.agents.aif.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.gym.golden.GoldenCase;
import io.aifgym.gym.golden.GoldenFunctions;
import io.aifgym.gym.testkit.golden.GoldenRunner;
import io.aifgym.gym.testkit.golden.GoldenTests;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Every shared golden case of the control functions passes. */
class ControlGoldenFunctionsTest {

    @Test
    void everyLegacyAndPymdpCaseOfTheControlFunctionsPasses() {
        List<GoldenRunner.CaseResult> results = GoldenTests.assertAllPass(new ControlGoldenFunctions(), "golden",
                "golden-jax");
        assertThat(results.stream().map(GoldenRunner.CaseResult::function).distinct())
                .containsExactlyInAnyOrderElementsOf(new ControlGoldenFunctions().functions());
    }

    @Test
    void isRegisteredAsAService() {
        assertThat(ServiceLoader.load(GoldenFunctions.class).stream().map(ServiceLoader.Provider::type))
                .contains(ControlGoldenFunctions.class);
    }

    @Test
    void anUnknownFunctionIsAnError() {
        GoldenCase c = new GoldenCase("x", "no_such_function", "test", Map.of(), Map.of(), Map.of(), 0.0);
        assertThatThrownBy(() -> new ControlGoldenFunctions().evaluate(c))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no_such_function");
    }
}
