package io.aifgym.agents.aif.control;

/**
 * The inner loops of the fast planner behind one small interface: a plain-Java implementation
 * ({@link PlainKernel}) and, when the JVM runs with {@code --add-modules jdk.incubator.vector},
 * a JDK Vector API implementation ({@link VectorKernel}). {@link Kernels#preferred()} picks one
 * at start-up. Not API.
 */
interface Kernel {

    /**
     * A matrix times a block of vectors:
     * {@code out[outOff + p * rows + r] = Σ_j m[j * rows + r] x[xOff + j * n + p]} for
     * {@code p < n} ({@code m} column-major {@code rows x cols}, {@code x} holding the {@code n}
     * vectors interleaved). {@code out} must not overlap {@code m} or {@code x}.
     */
    void multiply(double[] m, int rows, int cols, double[] x, int xOff, int n, double[] out, int outOff);

    /** pymdp's stable entropy {@code -Σ x ln max(x, 2.22e-16)} of a range (0 where x == 0). */
    double entropy(double[] x, int off, int n);

    /** A short name for diagnostics: "plain" or "vector". */
    String name();
}
