package io.aifgym.agents.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.gym.space.Box;
import io.aifgym.gym.space.Discrete;
import io.aifgym.gym.space.MultiDiscrete;
import org.junit.jupiter.api.Test;

class SpaceIndexerTest {

    @Test
    void multiDiscreteIndicesAgreeWithTheSpace() {
        MultiDiscrete space = new MultiDiscrete(3, 1, 4);
        SpaceIndexer<int[]> indexer = SpaceIndexer.of(space, "observation space", "test");
        assertThat(indexer.size()).isEqualTo(12);
        for (int i = 0; i < 12; i++) {
            int[] value = indexer.valueAt(i);
            assertThat(value).containsExactly(space.valueAt(i));
            assertThat(indexer.indexOf(value, "observation")).isEqualTo(space.indexOf(value)).isEqualTo(i);
        }
        assertThatThrownBy(() -> indexer.indexOf(new int[] {0, 1, 0}, "observation"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("observation: expected a member of MultiDiscrete([3, 1, 4]), found [0, 1, 0]");
        assertThatThrownBy(() -> indexer.indexOf(new int[] {0, 0}, "observation"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("observation: expected a member of MultiDiscrete([3, 1, 4]), found [0, 0]");
        assertThatThrownBy(() -> indexer.valueAt(12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("index: expected an index in [0, 12), found 12");
    }

    @Test
    void discreteValuesAreTheirIndices() {
        SpaceIndexer<Integer> indexer = SpaceIndexer.of(new Discrete(5), "action space", "test");
        assertThat(indexer.indexOf(4, "action")).isEqualTo(4);
        assertThat(indexer.valueAt(2)).isEqualTo(2);
        assertThatThrownBy(() -> indexer.indexOf(-1, "action")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action: expected a member of Discrete(5), found -1");
        assertThatThrownBy(() -> indexer.indexOf(null, "action")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("action: expected a member of Discrete(5), found null");
    }

    @Test
    void spacesThatDoNotIndexTheirValuesAreRefused() {
        assertThatThrownBy(() -> SpaceIndexer.of(new Discrete(3).batched(2), "action space", "sarsa"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sarsa: expected indexed values in the action space, found Batch(2 x Discrete(3))"
                        + " (Batch(2 x Discrete(3)): index the elements instead)");
    }

    @Test
    void continuousSpacesAreRefused() {
        assertThatThrownBy(() -> SpaceIndexer.of(Box.of(0, 1, 3), "observation space", "q-learning"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("q-learning: expected a finite observation space, found Box(shape [3])");
        assertThatThrownBy(() -> FiniteSpaces.size(new MultiDiscrete(100, 100, 100), "action space", "dqn", 65_536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dqn: expected at most 65536 values in the action space, found"
                        + " MultiDiscrete([100, 100, 100]) with 1000000");
    }
}
