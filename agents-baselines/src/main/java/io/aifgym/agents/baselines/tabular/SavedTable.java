package io.aifgym.agents.baselines.tabular;

import java.util.Objects;

/**
 * The saved form of a {@link PersistentTable}, for checkpoints: its shape and row-major values.
 *
 * @param rows the number of rows
 * @param cols the number of columns
 * @param values {@code rows * cols} values, row-major
 */
public record SavedTable(int rows, int cols, double[] values) {

    /**
     * The saved form of a table.
     *
     * @param table the table
     * @return its shape and values
     */
    public static SavedTable of(PersistentTable table) {
        return new SavedTable(table.rows(), table.cols(), table.toArray());
    }

    /**
     * The table this form describes, which must have a given shape.
     *
     * @param field the field name for messages
     * @param expectedRows the rows it must have
     * @param expectedCols the columns it must have
     * @return the table
     * @throws IllegalArgumentException if the shape differs or the values do not fill it
     */
    public PersistentTable table(String field, int expectedRows, int expectedCols) {
        Objects.requireNonNull(values, field + ".values");
        if (rows != expectedRows || cols != expectedCols) {
            throw new IllegalArgumentException(field + ": expected a " + expectedRows + " x " + expectedCols
                    + " table, found " + rows + " x " + cols);
        }
        return PersistentTable.of(rows, cols, values);
    }
}
