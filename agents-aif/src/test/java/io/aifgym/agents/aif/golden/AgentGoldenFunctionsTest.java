package io.aifgym.agents.aif.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.golden.GoldenFunctions;
import io.aifgym.gym.testkit.golden.GoldenRunner;
import io.aifgym.gym.testkit.golden.GoldenTests;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class AgentGoldenFunctionsTest {

    @Test
    void everySharedAgentLoopCasePasses() {
        List<GoldenRunner.CaseResult> results = GoldenTests.assertAllPass(new AgentGoldenFunctions(), "golden");
        assertThat(results).hasSize(4);
        assertThat(results.stream().map(GoldenRunner.CaseResult::function).distinct())
                .containsExactlyInAnyOrderElementsOf(new AgentGoldenFunctions().functions());
    }

    @Test
    void thePluginIsRegisteredForTheServiceLoader() {
        assertThat(ServiceLoader.load(GoldenFunctions.class).stream().map(ServiceLoader.Provider::type))
                .contains(AgentGoldenFunctions.class);
    }
}
