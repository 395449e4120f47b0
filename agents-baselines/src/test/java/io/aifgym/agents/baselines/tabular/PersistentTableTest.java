package io.aifgym.agents.baselines.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.gym.random.Key;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Persistent tables against a plain array, over shapes that exercise every layout. */
class PersistentTableTest {

    @ParameterizedTest
    @CsvSource({"1, 1", "49, 4", "16, 4", "7, 5", "3, 33", "100, 1", "5000, 3", "2200, 6"})
    void updatesMatchAPlainArrayAndLeaveOldVersionsUnchanged(int rows, int cols) {
        double[] reference = new double[rows * cols];
        PersistentTable table = PersistentTable.filled(rows, cols, 0.0);
        PersistentTable first = table;
        UniformRandomProvider random = Key.of(rows * 31L + cols).generator();
        for (int i = 0; i < 2000; i++) {
            int r = random.nextInt(rows);
            int c = random.nextInt(cols);
            double v = random.nextDouble();
            reference[r * cols + c] = v;
            PersistentTable before = table;
            double old = before.get(r, c);
            table = table.with(r, c, v);
            assertThat(before.get(r, c)).isEqualTo(old);
        }
        assertThat(table.toArray()).containsExactly(reference);
        assertThat(first.toArray()).containsOnly(0.0);
        assertThat(table).isEqualTo(PersistentTable.of(rows, cols, reference));
        assertThat(table.hashCode()).isEqualTo(PersistentTable.of(rows, cols, reference).hashCode());
        for (int r = 0; r < rows; r++) {
            double[] row = table.row(r);
            for (int c = 0; c < cols; c++) {
                assertThat(row[c]).isEqualTo(reference[r * cols + c]);
            }
        }
    }

    @Test
    void withEntriesChangesConsecutiveColumns() {
        PersistentTable t = PersistentTable.filled(3, 6, 1.0).withEntries(1, 2, 7.0, 8.0, 9.0);
        assertThat(t.row(1)).containsExactly(1.0, 1.0, 7.0, 8.0, 9.0, 1.0);
        assertThat(t.row(0)).containsExactly(1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
        assertThatThrownBy(() -> t.withEntries(1, 4, 1.0, 2.0, 3.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values: expected at most 2 values from column 4, found 3");
    }

    @Test
    void rejectsBadShapesAndIndices() {
        assertThatThrownBy(() -> PersistentTable.filled(0, 4, 0.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows: expected a positive number of rows, found 0");
        assertThatThrownBy(() -> PersistentTable.filled(4, -1, 0.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cols: expected a positive number of columns, found -1");
        assertThatThrownBy(() -> PersistentTable.filled(70_000, 70_000, 0.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rows x cols: expected at most 2147483647 entries, found 4900000000");
        PersistentTable t = PersistentTable.filled(2, 2, 0.0);
        assertThatThrownBy(() -> t.get(2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("row: expected an index in [0, 2), found 2");
        assertThatThrownBy(() -> t.with(0, -1, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("col: expected an index in [0, 2), found -1");
        assertThatThrownBy(() -> PersistentTable.of(2, 2, new double[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values: expected 4 values for 2 x 2, found 3");
    }
}
