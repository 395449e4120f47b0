package io.aifgym.agents.aif.control;

/**
 * A matrix for {@code out = M x} products whose columns are distributions (or stacks of
 * them): dense column-major when many entries are non-zero, compressed sparse rows otherwise
 * (a deterministic transition has one non-zero per column). Skipping exact zeros changes no
 * sum. Immutable after construction. Not API.
 */
final class ColumnMatrix {

    /** Below this fraction of non-zeros the sparse form is used. */
    private static final double SPARSE_BELOW = 0.125;

    final int rows;
    final int cols;
    /** The number of non-zero values. */
    private final int nonZeros;
    /** Column-major values, or null when sparse. */
    private final double[] dense;
    private final int[] rowStart;
    private final int[] colIndex;
    private final double[] values;

    private ColumnMatrix(int rows, int cols, int nonZeros, double[] dense, int[] rowStart, int[] colIndex,
            double[] values) {
        this.rows = rows;
        this.cols = cols;
        this.nonZeros = nonZeros;
        this.dense = dense;
        this.rowStart = rowStart;
        this.colIndex = colIndex;
        this.values = values;
    }

    /**
     * A matrix from column-major values; takes ownership of the array (the caller must not
     * write it afterwards).
     */
    static ColumnMatrix of(double[] columnMajor, int rows, int cols) {
        int nnz = 0;
        for (double v : columnMajor) {
            if (v != 0.0) {
                nnz++;
            }
        }
        return of(columnMajor, rows, cols, nnz);
    }

    /** {@link #of(double[], int, int)} with the number of non-zero values already known. */
    static ColumnMatrix of(double[] columnMajor, int rows, int cols, int nnz) {
        if (columnMajor.length != rows * cols) {
            throw new IllegalArgumentException("columnMajor: expected " + rows * cols + " values, found "
                    + columnMajor.length);
        }
        if (nnz >= SPARSE_BELOW * columnMajor.length) {
            return new ColumnMatrix(rows, cols, nnz, columnMajor, null, null, null);
        }
        int[] rowStart = new int[rows + 1];
        int[] colIndex = new int[nnz];
        double[] values = new double[nnz];
        int k = 0;
        for (int i = 0; i < rows; i++) {
            rowStart[i] = k;
            for (int j = 0; j < cols; j++) {
                double v = columnMajor[j * rows + i];
                if (v != 0.0) {
                    colIndex[k] = j;
                    values[k++] = v;
                }
            }
        }
        rowStart[rows] = k;
        return new ColumnMatrix(rows, cols, nnz, null, rowStart, colIndex, values);
    }

    /**
     * This matrix with some entries replaced, as {@link #of(double[], int, int)} would build it
     * from the changed column-major values, copying the dense values once; or null when this
     * matrix is sparse or the result would be (then build it whole).
     *
     * @param index column-major indices of the changed entries, distinct
     * @param value their new values
     * @return the changed matrix, or null
     */
    ColumnMatrix withEntries(int[] index, double[] value) {
        if (dense == null) {
            return null;
        }
        double[] changed = dense.clone();
        int nnz = nonZeros;
        for (int i = 0; i < index.length; i++) {
            int k = index[i];
            nnz += (value[i] != 0.0 ? 1 : 0) - (changed[k] != 0.0 ? 1 : 0);
            changed[k] = value[i];
        }
        if (!(nnz >= SPARSE_BELOW * changed.length)) {
            return null;
        }
        return new ColumnMatrix(rows, cols, nnz, changed, null, null, null);
    }

    /** {@code out[outOff .. outOff + rows) = M x[xOff .. xOff + cols)}; out must not alias x's range. */
    void multiply(Kernel kernel, double[] x, int xOff, double[] out, int outOff) {
        multiplyBlock(kernel, x, xOff, 1, out, outOff);
    }

    /**
     * {@code n} products at once: {@code out[outOff + p * rows + r] = (M x_p)[r]} with the
     * vectors interleaved, {@code x_p[j] = x[xOff + j * n + p]}.
     */
    void multiplyBlock(Kernel kernel, double[] x, int xOff, int n, double[] out, int outOff) {
        if (dense != null) {
            kernel.multiply(dense, rows, cols, x, xOff, n, out, outOff);
            return;
        }
        if (n == 1) {
            for (int r = 0; r < rows; r++) {
                double s = 0.0;
                for (int k = rowStart[r], end = rowStart[r + 1]; k < end; k++) {
                    s += values[k] * x[xOff + colIndex[k]];
                }
                out[outOff + r] = s;
            }
            return;
        }
        for (int r = 0; r < rows; r++) {
            int start = rowStart[r];
            int end = rowStart[r + 1];
            int ob = outOff + r;
            if (start == end) {
                for (int p = 0; p < n; p++) {
                    out[ob + p * rows] = 0.0;
                }
                continue;
            }
            double v = values[start];
            int xb = xOff + colIndex[start] * n;
            for (int p = 0; p < n; p++) {
                out[ob + p * rows] = v * x[xb + p];
            }
            for (int k = start + 1; k < end; k++) {
                double w = values[k];
                int xk = xOff + colIndex[k] * n;
                for (int p = 0; p < n; p++) {
                    out[ob + p * rows] += w * x[xk + p];
                }
            }
        }
    }
}
