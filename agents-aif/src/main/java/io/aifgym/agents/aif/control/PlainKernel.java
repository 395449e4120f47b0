package io.aifgym.agents.aif.control;

import io.aifgym.agents.aif.maths.Maths;

/**
 * The plain-Java kernel of the fast planner, the fallback and the test reference of
 * {@link VectorKernel}. The products are register-blocked (a block of output rows times a
 * block of input vectors accumulates in locals), because the JIT does not vectorise a
 * column-major update whose source and target arrays might alias. Each output accumulates its
 * terms in column order with fused multiply-adds ({@link Math#fma}, one rounding per term, as
 * the vector kernel's lanes do), so both kernels give the same bits on every platform and
 * for every vector width. Not API.
 */
final class PlainKernel implements Kernel {

    static final PlainKernel INSTANCE = new PlainKernel();

    private PlainKernel() {
    }

    @Override
    public String name() {
        return "plain";
    }

    @Override
    public double entropy(double[] x, int off, int n) {
        return Maths.entropy(x, off, n);
    }

    @Override
    public void multiply(double[] m, int rows, int cols, double[] x, int xOff, int n, double[] out, int outOff) {
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            int p = 0;
            for (; p + 3 < n; p += 4) {
                block4x4(m, rows, cols, x, xOff, n, out, outOff, r, p);
            }
            for (; p < n; p++) {
                block4x1(m, rows, cols, x, xOff, n, out, outOff, r, p);
            }
        }
        for (; r < rows; r++) {
            for (int p = 0; p < n; p++) {
                double s = 0.0;
                for (int j = 0; j < cols; j++) {
                    s = Math.fma(m[j * rows + r], x[xOff + j * n + p], s);
                }
                out[outOff + p * rows + r] = s;
            }
        }
    }

    private static void block4x4(double[] m, int rows, int cols, double[] x, int xOff, int n, double[] out,
            int outOff, int r, int p) {
        double c00 = 0.0;
        double c01 = 0.0;
        double c02 = 0.0;
        double c03 = 0.0;
        double c10 = 0.0;
        double c11 = 0.0;
        double c12 = 0.0;
        double c13 = 0.0;
        double c20 = 0.0;
        double c21 = 0.0;
        double c22 = 0.0;
        double c23 = 0.0;
        double c30 = 0.0;
        double c31 = 0.0;
        double c32 = 0.0;
        double c33 = 0.0;
        for (int j = 0; j < cols; j++) {
            int mb = j * rows + r;
            int xb = xOff + j * n + p;
            double m0 = m[mb];
            double m1 = m[mb + 1];
            double m2 = m[mb + 2];
            double m3 = m[mb + 3];
            double x0 = x[xb];
            double x1 = x[xb + 1];
            double x2 = x[xb + 2];
            double x3 = x[xb + 3];
            c00 = Math.fma(m0, x0, c00);
            c01 = Math.fma(m0, x1, c01);
            c02 = Math.fma(m0, x2, c02);
            c03 = Math.fma(m0, x3, c03);
            c10 = Math.fma(m1, x0, c10);
            c11 = Math.fma(m1, x1, c11);
            c12 = Math.fma(m1, x2, c12);
            c13 = Math.fma(m1, x3, c13);
            c20 = Math.fma(m2, x0, c20);
            c21 = Math.fma(m2, x1, c21);
            c22 = Math.fma(m2, x2, c22);
            c23 = Math.fma(m2, x3, c23);
            c30 = Math.fma(m3, x0, c30);
            c31 = Math.fma(m3, x1, c31);
            c32 = Math.fma(m3, x2, c32);
            c33 = Math.fma(m3, x3, c33);
        }
        int o0 = outOff + p * rows + r;
        int o1 = o0 + rows;
        int o2 = o1 + rows;
        int o3 = o2 + rows;
        out[o0] = c00;
        out[o0 + 1] = c10;
        out[o0 + 2] = c20;
        out[o0 + 3] = c30;
        out[o1] = c01;
        out[o1 + 1] = c11;
        out[o1 + 2] = c21;
        out[o1 + 3] = c31;
        out[o2] = c02;
        out[o2 + 1] = c12;
        out[o2 + 2] = c22;
        out[o2 + 3] = c32;
        out[o3] = c03;
        out[o3 + 1] = c13;
        out[o3 + 2] = c23;
        out[o3 + 3] = c33;
    }

    private static void block4x1(double[] m, int rows, int cols, double[] x, int xOff, int n, double[] out,
            int outOff, int r, int p) {
        double c0 = 0.0;
        double c1 = 0.0;
        double c2 = 0.0;
        double c3 = 0.0;
        for (int j = 0; j < cols; j++) {
            int mb = j * rows + r;
            double xj = x[xOff + j * n + p];
            c0 = Math.fma(m[mb], xj, c0);
            c1 = Math.fma(m[mb + 1], xj, c1);
            c2 = Math.fma(m[mb + 2], xj, c2);
            c3 = Math.fma(m[mb + 3], xj, c3);
        }
        int o = outOff + p * rows + r;
        out[o] = c0;
        out[o + 1] = c1;
        out[o + 2] = c2;
        out[o + 3] = c3;
    }

}
