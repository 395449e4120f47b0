package io.aifgym.envs.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.golden.GoldenFunctions;
import io.aifgym.gym.testkit.golden.GoldenRunner;
import io.aifgym.gym.testkit.golden.GoldenTests;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class EnvGoldenFunctionsTest {

    @Test
    void everyEnvTensorAndGymnasiumCasePasses() {
        List<GoldenRunner.CaseResult> results =
                GoldenTests.assertAllPass(new EnvGoldenFunctions(), "golden-jax", "golden-gym");
        assertThat(results).as("the 11 shared env-tensor cases and 3 Gymnasium cases, at least")
                .hasSizeGreaterThanOrEqualTo(11 + 3);
    }

    @Test
    void isRegisteredAsAServiceProvider() {
        assertThat(ServiceLoader.load(GoldenFunctions.class).stream().map(ServiceLoader.Provider::type))
                .contains(EnvGoldenFunctions.class);
    }
}
