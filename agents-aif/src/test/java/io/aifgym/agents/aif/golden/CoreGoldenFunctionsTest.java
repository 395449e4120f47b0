package io.aifgym.agents.aif.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.golden.GoldenFunctions;
import io.aifgym.gym.testkit.golden.GoldenRunner;
import io.aifgym.gym.testkit.golden.GoldenTests;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class CoreGoldenFunctionsTest {

    @Test
    void everySharedCaseOfTheCoreFunctionsPasses() {
        List<GoldenRunner.CaseResult> results = GoldenTests.assertAllPass(new CoreGoldenFunctions(), "golden", "golden-jax");
        assertThat(results.stream().map(GoldenRunner.CaseResult::function).distinct())
                .containsExactlyInAnyOrderElementsOf(new CoreGoldenFunctions().functions());
    }

    @Test
    void thePluginIsRegisteredForTheServiceLoader() {
        assertThat(ServiceLoader.load(GoldenFunctions.class).stream().map(ServiceLoader.Provider::type))
                .contains(CoreGoldenFunctions.class);
    }
}
