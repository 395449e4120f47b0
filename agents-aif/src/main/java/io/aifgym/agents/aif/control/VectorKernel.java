package io.aifgym.agents.aif.control;

import io.aifgym.agents.aif.maths.Maths;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The JDK Vector API kernel of the fast planner (incubator module {@code jdk.incubator.vector};
 * loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector}, see
 * {@link Kernels}). Products keep blocks of output rows in vector accumulators and broadcast
 * one input entry per column (column-major, no horizontal reductions), two input vectors at a
 * time so each matrix load feeds two fused multiply-adds. Every output accumulates its terms
 * in column order with one rounding per term, exactly as {@link PlainKernel} does, so the
 * results are the same bits whatever the vector width (2, 4 or 8 lanes) and with or without
 * this kernel. Not API.
 */
final class VectorKernel implements Kernel {

    /** Read reflectively by {@link Kernels#vector()}. */
    static final VectorKernel INSTANCE = new VectorKernel();

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();

    private VectorKernel() {
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public void multiply(double[] m, int rows, int cols, double[] x, int xOff, int n, double[] out, int outOff) {
        int p = 0;
        for (; p + 1 < n; p += 2) {
            int r = 0;
            for (; r + 2 * LANES <= rows; r += 2 * LANES) {
                pairTwoBlocks(m, rows, cols, x, xOff, n, out, outOff, r, p);
            }
            for (; r + LANES <= rows; r += LANES) {
                pairOneBlock(m, rows, cols, x, xOff, n, out, outOff, r, p);
            }
            for (; r < rows; r++) {
                double a = 0.0;
                double b = 0.0;
                for (int j = 0; j < cols; j++) {
                    double mv = m[j * rows + r];
                    int xb = xOff + j * n + p;
                    a = Math.fma(mv, x[xb], a);
                    b = Math.fma(mv, x[xb + 1], b);
                }
                out[outOff + p * rows + r] = a;
                out[outOff + (p + 1) * rows + r] = b;
            }
        }
        for (; p < n; p++) {
            int r = 0;
            for (; r + 4 * LANES <= rows; r += 4 * LANES) {
                singleFourBlocks(m, rows, cols, x, xOff, n, out, outOff, r, p);
            }
            for (; r + LANES <= rows; r += LANES) {
                DoubleVector acc = DoubleVector.zero(SPECIES);
                for (int j = 0; j < cols; j++) {
                    DoubleVector xj = DoubleVector.broadcast(SPECIES, x[xOff + j * n + p]);
                    acc = DoubleVector.fromArray(SPECIES, m, j * rows + r).fma(xj, acc);
                }
                acc.intoArray(out, outOff + p * rows + r);
            }
            for (; r < rows; r++) {
                double s = 0.0;
                for (int j = 0; j < cols; j++) {
                    s = Math.fma(m[j * rows + r], x[xOff + j * n + p], s);
                }
                out[outOff + p * rows + r] = s;
            }
        }
    }

    private static void pairTwoBlocks(double[] m, int rows, int cols, double[] x, int xOff, int n, double[] out,
            int outOff, int r, int p) {
        DoubleVector a0 = DoubleVector.zero(SPECIES);
        DoubleVector a1 = DoubleVector.zero(SPECIES);
        DoubleVector b0 = DoubleVector.zero(SPECIES);
        DoubleVector b1 = DoubleVector.zero(SPECIES);
        for (int j = 0; j < cols; j++) {
            int mb = j * rows + r;
            int xb = xOff + j * n + p;
            DoubleVector m0 = DoubleVector.fromArray(SPECIES, m, mb);
            DoubleVector m1 = DoubleVector.fromArray(SPECIES, m, mb + LANES);
            DoubleVector xa = DoubleVector.broadcast(SPECIES, x[xb]);
            DoubleVector xc = DoubleVector.broadcast(SPECIES, x[xb + 1]);
            a0 = m0.fma(xa, a0);
            a1 = m1.fma(xa, a1);
            b0 = m0.fma(xc, b0);
            b1 = m1.fma(xc, b1);
        }
        int o = outOff + p * rows + r;
        a0.intoArray(out, o);
        a1.intoArray(out, o + LANES);
        b0.intoArray(out, o + rows);
        b1.intoArray(out, o + rows + LANES);
    }

    private static void pairOneBlock(double[] m, int rows, int cols, double[] x, int xOff, int n, double[] out,
            int outOff, int r, int p) {
        DoubleVector a0 = DoubleVector.zero(SPECIES);
        DoubleVector b0 = DoubleVector.zero(SPECIES);
        for (int j = 0; j < cols; j++) {
            int xb = xOff + j * n + p;
            DoubleVector m0 = DoubleVector.fromArray(SPECIES, m, j * rows + r);
            a0 = m0.fma(DoubleVector.broadcast(SPECIES, x[xb]), a0);
            b0 = m0.fma(DoubleVector.broadcast(SPECIES, x[xb + 1]), b0);
        }
        int o = outOff + p * rows + r;
        a0.intoArray(out, o);
        b0.intoArray(out, o + rows);
    }

    private static void singleFourBlocks(double[] m, int rows, int cols, double[] x, int xOff, int n, double[] out,
            int outOff, int r, int p) {
        DoubleVector a0 = DoubleVector.zero(SPECIES);
        DoubleVector a1 = DoubleVector.zero(SPECIES);
        DoubleVector a2 = DoubleVector.zero(SPECIES);
        DoubleVector a3 = DoubleVector.zero(SPECIES);
        for (int j = 0; j < cols; j++) {
            int mb = j * rows + r;
            DoubleVector xj = DoubleVector.broadcast(SPECIES, x[xOff + j * n + p]);
            a0 = DoubleVector.fromArray(SPECIES, m, mb).fma(xj, a0);
            a1 = DoubleVector.fromArray(SPECIES, m, mb + LANES).fma(xj, a1);
            a2 = DoubleVector.fromArray(SPECIES, m, mb + 2 * LANES).fma(xj, a2);
            a3 = DoubleVector.fromArray(SPECIES, m, mb + 3 * LANES).fma(xj, a3);
        }
        int o = outOff + p * rows + r;
        a0.intoArray(out, o);
        a1.intoArray(out, o + LANES);
        a2.intoArray(out, o + 2 * LANES);
        a3.intoArray(out, o + 3 * LANES);
    }

    /**
     * {@inheritDoc} Computed as the plain kernel does ({@link Maths#entropy}): a lane-wise
     * logarithm (an SVML routine on x86) and a horizontal sum in lane order would change the
     * last bits with the platform's vector width, and planning results must not.
     */
    @Override
    public double entropy(double[] x, int off, int n) {
        return Maths.entropy(x, off, n);
    }
}
