package io.aifgym.agents.aif.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PoliciesTest {

    @Test
    void enumerationIsLexicographicWithTheLastStepFastest() {
        Policies policies = Policies.enumerate(new int[] {4}, 3);
        assertThat(policies.count()).isEqualTo(64);
        for (int p = 0; p < 64; p++) {
            assertThat(policies.policy(p)).isEqualTo(new int[][] {{p / 16}, {(p / 4) % 4}, {p % 4}});
        }
    }

    @Test
    void multiFactorEnumerationRunsOverStepThenFactor() {
        Policies policies = Policies.enumerate(new int[] {2, 1, 3}, 2);
        assertThat(policies.count()).isEqualTo(36);
        assertThat(policies.policy(0)).isEqualTo(new int[][] {{0, 0, 0}, {0, 0, 0}});
        assertThat(policies.policy(1)).isEqualTo(new int[][] {{0, 0, 0}, {0, 0, 1}});
        assertThat(policies.policy(3)).isEqualTo(new int[][] {{0, 0, 0}, {1, 0, 0}});
        assertThat(policies.policy(6)).isEqualTo(new int[][] {{0, 0, 1}, {0, 0, 0}});
        assertThat(policies.policy(35)).isEqualTo(new int[][] {{1, 0, 2}, {1, 0, 2}});
    }

    @Test
    void constructWithoutControlsUsesStatesOfControlFactors() {
        Policies policies = Policies.construct(new int[] {3, 2}, null, 1, new int[] {1});
        assertThat(policies.numControls()).containsExactly(1, 2);
        assertThat(Policies.construct(new int[] {3, 2}, null, 1, null).numControls()).containsExactly(3, 2);
        assertThat(Policies.construct(new int[] {3, 2}, new int[] {2, 2}, 2, new int[] {0}).count()).isEqualTo(16);
    }

    @Test
    void givenPoliciesAreCheckedAndKept() {
        int[][][] given = {{{1, 0}}, {{0, 2}}};
        Policies policies = Policies.of(given);
        assertThat(policies.numControls()).containsExactly(2, 3);
        assertThat(policies.toArray()).isEqualTo(given);
        assertThat(policies.toTensor().shape()).containsExactly(2, 1, 2);
        assertThatThrownBy(() -> Policies.of(given, new int[] {2, 2}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("policies[1][0][1]: expected an action in [0, 2), found 2");
        assertThatThrownBy(() -> Policies.of(new int[][][] {{{0}}, {{0}, {1}}}, new int[] {2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("policies[1]: expected 1 steps");
    }

    @Test
    void badSizesAreRejected() {
        assertThatThrownBy(() -> Policies.enumerate(new int[] {0}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("numControls[0]");
        assertThatThrownBy(() -> Policies.enumerate(new int[] {2}, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("policyLength");
        assertThatThrownBy(() -> Policies.enumerate(new int[] {10}, 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 50,000,000");
        assertThatThrownBy(() -> Policies.construct(new int[] {2}, null, 1, new int[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("controlFactors");
    }

    @Test
    void thePrefixTreeSharesPrefixes() {
        PolicyInference inference = PolicyInference.of(Policies.enumerate(new int[] {4}, 3));
        assertThat(inference.nodeCount()).isEqualTo(4 + 16 + 64);
    }
}
