package io.aifgym.gym.testkit.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected JSON objects (a list of per-block results, as the rollout cases have) compare key by key. */
class GoldenComparisonTest {

    private static Map<String, Object> expected() {
        Map<String, Object> block = new LinkedHashMap<>();
        block.put("actions", List.of(1L, 2L));
        block.put("qs", List.of(List.of(0.25, 0.75)));
        return Map.of("blocks", List.of(block));
    }

    @Test
    void objectsCompareKeyByKeyWithinTheTolerance() {
        Map<String, Object> got = Map.of("blocks", List.of(Map.of("actions", new int[] {1, 2},
                "qs", DoubleTensor.of(new double[] {0.25, 0.75 + 1e-9}, 1, 2), "extra", 7)));
        GoldenComparison.Outcome o = GoldenComparison.compare(expected(), got, 1e-8);
        assertThat(o.passed()).isTrue();
        assertThat(o.maxError()).isGreaterThan(0).isLessThan(1e-8);
        assertThat(o.where()).isEqualTo("blocks[0].qs[0][1]");
    }

    @Test
    void aWrongValueAMissingKeyOrANonObjectFails() {
        GoldenComparison.Outcome off = GoldenComparison.compare(expected(), Map.of("blocks", List.of(Map.of(
                "actions", new int[] {1, 3}, "qs", List.of(new double[] {0.25, 0.75})))), 1e-8);
        assertThat(off.passed()).isFalse();
        assertThat(off.where()).isEqualTo("blocks[0].actions[1]");
        GoldenComparison.Outcome missing = GoldenComparison.compare(expected(), Map.of("blocks", List.of(Map.of(
                "actions", new int[] {1, 2}))), 1e-8);
        assertThat(missing.problem()).isEqualTo("missing output 'qs'");
        assertThat(missing.where()).isEqualTo("blocks[0].qs");
        GoldenComparison.Outcome notObject = GoldenComparison.compare(expected(), Map.of("blocks", List.of(1.0)), 1e-8);
        assertThat(notObject.problem()).startsWith("expected an object with keys [actions, qs]");
    }
}
