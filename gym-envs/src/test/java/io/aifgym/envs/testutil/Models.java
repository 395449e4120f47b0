package io.aifgym.envs.testutil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.tensor.DoubleTensor;

/** Assertions on generative processes shared by the env tests. */
public final class Models {

    private Models() {
    }

    /**
     * Asserts that every column (over axis 0) of every A, B and D sums to one.
     *
     * @param p the process
     */
    public static void assertNormalised(GenerativeProcess p) {
        for (int m = 0; m < p.numModalities(); m++) {
            assertColumnsSumToOne(p.A().get(m), "A[" + m + "]");
        }
        for (int f = 0; f < p.numFactors(); f++) {
            assertColumnsSumToOne(p.B().get(f), "B[" + f + "]");
            assertColumnsSumToOne(p.D().get(f), "D[" + f + "]");
        }
    }

    private static void assertColumnsSumToOne(DoubleTensor t, String name) {
        double[] d = t.unsafeData();
        int rows = t.dim(0);
        int cols = d.length / rows;
        for (int c = 0; c < cols; c++) {
            double sum = 0;
            for (int r = 0; r < rows; r++) {
                assertThat(d[r * cols + c]).as("%s element (%d, column %d)", name, r, c).isBetween(0.0, 1.0);
                sum += d[r * cols + c];
            }
            assertThat(sum).as("%s column %d sum", name, c).isCloseTo(1.0, within(1e-12));
        }
    }
}
