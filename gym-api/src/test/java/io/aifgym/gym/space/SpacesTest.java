package io.aifgym.gym.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.gym.random.Key;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpacesTest {

    @Test
    void discreteSamplesEveryValueUniformly() {
        Discrete d = new Discrete(6);
        long[] counts = new long[6];
        for (int i = 0; i < 12_000; i++) {
            Integer v = d.sample(Key.of(5).child(i));
            assertThat(d.contains(v)).isTrue();
            counts[v]++;
        }
        double chi = 0;
        for (long c : counts) {
            chi += (c - 2000.0) * (c - 2000.0) / 2000.0;
        }
        assertThat(chi).as("chi-square, 5 dof, alpha 0.001").isLessThan(20.52);
    }

    @Test
    void multiDiscreteIndexRoundTripsLastComponentFastest() {
        MultiDiscrete m = new MultiDiscrete(2, 3, 4);
        assertThat(m.cardinality()).isEqualTo(24);
        assertThat(m.indexOf(new int[] {0, 0, 1})).isEqualTo(1);
        assertThat(m.indexOf(new int[] {1, 0, 0})).isEqualTo(12);
        for (int i = 0; i < 24; i++) {
            assertThat(m.indexOf(m.valueAt(i))).isEqualTo(i);
        }
        assertThat(m.flatten(new int[] {1, 2, 0})).containsExactly(0, 1, 0, 0, 1, 1, 0, 0, 0);
        assertThat(m.contains(new int[] {1, 3, 0})).isFalse();
        assertThat(m.contains(new int[] {1, 2})).isFalse();
    }

    @Test
    void boxSamplesInsideItsBounds() {
        Box b = new Box(new double[] {0, -1, Double.NEGATIVE_INFINITY}, new double[] {1, 1, Double.POSITIVE_INFINITY}, 3);
        for (int i = 0; i < 100; i++) {
            assertThat(b.contains(b.sample(Key.of(i)))).isTrue();
        }
        assertThat(b.contains(new double[] {2, 0, 0})).isFalse();
        assertThat(b.cardinality()).isEqualTo(-1);
    }

    @Test
    void batchHoldsNValues() {
        Batch<Integer> b = new Discrete(3).batched(4);
        List<Integer> v = b.sample(Key.of(1));
        assertThat(v).hasSize(4);
        assertThat(b.contains(v)).isTrue();
        assertThat(b.contains(List.of(1, 2))).isFalse();
        assertThat(b.flatDim()).isEqualTo(12);
    }

    @Test
    void aCardinalityBeyondALongIsRefusedNamingTheSpace() {
        Batch<int[]> huge = new MultiDiscrete(12, 12, 12, 12, 12).batched(4);
        assertThatThrownBy(huge::cardinality).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("Batch(4 x MultiDiscrete([12, 12, 12, 12, 12]))");
        assertThat(new MultiDiscrete(12, 12, 12).batched(2).cardinality()).isEqualTo(2_985_984L);
    }

    @Test
    void badSpacesAndValuesAreNamed() {
        assertThatThrownBy(() -> new Discrete(0)).hasMessageContaining("Discrete.n").hasMessageContaining("found 0");
        assertThatThrownBy(() -> new MultiDiscrete(2, -1)).hasMessageContaining("nvec[1]");
        assertThatThrownBy(() -> new Box(new double[] {1}, new double[] {0}, 1)).hasMessageContaining("low <= high");
        assertThatThrownBy(() -> new Discrete(3).require(7, "action"))
                .hasMessageContaining("action").hasMessageContaining("Discrete(3)").hasMessageContaining("7");
    }
}
