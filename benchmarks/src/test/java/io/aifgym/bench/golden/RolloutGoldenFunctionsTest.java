package io.aifgym.bench.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.testkit.golden.GoldenRunner;
import io.aifgym.gym.testkit.golden.GoldenTests;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pymdp 1.0's own GridWorld rollouts with offline and online learning, through the study's code path. */
class RolloutGoldenFunctionsTest {

    @Test
    void everyRolloutCasePasses() {
        List<GoldenRunner.CaseResult> results = GoldenTests.assertAllPass(new RolloutGoldenFunctions(), "golden-jax");
        assertThat(results).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(r -> assertThat(r.function()).isEqualTo(RolloutGoldenFunctions.ROLLOUT));
    }
}
