package io.aifgym.agents.aif.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.random.Key;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * The planner's kernels agree bit for bit: the Vector API kernel (whatever its width on this
 * machine, and whichever rows fall in its vector blocks or its scalar tail) and the plain-Java
 * kernel give the same products and entropies, so a run's results do not depend on whether
 * the JVM was started with {@code --add-modules jdk.incubator.vector} (the launcher) or not
 * (the Java API, most tests), nor on the CPU's vector width.
 */
class KernelAgreementTest {

    @Test
    void bothKernelsGiveTheSameBits() {
        Kernel vector = Kernels.vector().orElseThrow(() -> new AssertionError(
                "this module's tests run with --add-modules jdk.incubator.vector"));
        UniformRandomProvider g = Key.of(2024).generator();
        for (int rows = 1; rows <= 37; rows++) {
            for (int cols = 1; cols <= 9; cols += 2) {
                for (int n = 1; n <= 5; n++) {
                    double[] m = new double[rows * cols];
                    double[] x = new double[3 + cols * n];
                    for (int i = 0; i < m.length; i++) {
                        m[i] = g.nextDouble() * (g.nextBoolean() ? 1 : -1e-3);
                    }
                    for (int i = 0; i < x.length; i++) {
                        x[i] = g.nextDouble();
                    }
                    double[] plainOut = new double[2 + rows * n];
                    double[] vectorOut = new double[2 + rows * n];
                    PlainKernel.INSTANCE.multiply(m, rows, cols, x, 3, n, plainOut, 2);
                    vector.multiply(m, rows, cols, x, 3, n, vectorOut, 2);
                    assertThat(vectorOut).as("rows %d, cols %d, n %d", rows, cols, n)
                            .containsExactly(plainOut);
                    assertThat(Arrays.equals(vectorOut, plainOut)).isTrue();
                }
            }
            double[] p = new double[rows + 1];
            for (int i = 1; i < p.length; i++) {
                p[i] = i % 5 == 0 ? 0.0 : g.nextDouble() / rows;
            }
            assertThat(Double.doubleToRawLongBits(vector.entropy(p, 1, rows)))
                    .isEqualTo(Double.doubleToRawLongBits(PlainKernel.INSTANCE.entropy(p, 1, rows)));
        }
    }
}
