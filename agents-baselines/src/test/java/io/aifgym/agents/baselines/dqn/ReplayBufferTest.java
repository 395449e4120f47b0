package io.aifgym.agents.baselines.dqn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    private static Experience experience(int i) {
        return new Experience(new double[] {i}, i % 3, i, new double[] {i + 1}, i % 2 == 0);
    }

    @Test
    void keepsTheNewestTransitionsAndOldVersions() {
        ReplayBuffer empty = ReplayBuffer.empty(5);
        ReplayBuffer b = empty;
        ReplayBuffer afterThree = null;
        for (int i = 0; i < 7; i++) {
            b = b.add(experience(i));
            if (i == 2) {
                afterThree = b;
            }
        }
        assertThat(empty.size()).isZero();
        assertThat(afterThree.size()).isEqualTo(3);
        assertThat(afterThree.get(0)).isEqualTo(experience(0));
        assertThat(b.size()).isEqualTo(5);
        assertThat(b.get(0)).isEqualTo(experience(5));
        assertThat(b.get(1)).isEqualTo(experience(6));
        assertThat(b.get(2)).isEqualTo(experience(2));
        ReplayBuffer three = afterThree;
        assertThatThrownBy(() -> three.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void persistentVectorSharesUnchangedPathsAcrossLevels() {
        PersistentVector<Integer> v = PersistentVector.ofCapacity(40_000);
        PersistentVector<Integer> w = v;
        for (int i = 0; i < 40_000; i += 7) {
            w = w.with(i, i);
        }
        assertThat(w.get(39_998)).isEqualTo(39_998);
        assertThat(w.get(39_999)).isNull();
        assertThat(v.get(39_998)).isNull();
        assertThatThrownBy(() -> PersistentVector.ofCapacity(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity: expected a positive number, found 0");
    }
}
