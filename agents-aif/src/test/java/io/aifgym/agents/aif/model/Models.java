package io.aifgym.agents.aif.model;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.List;

/** Small models shared by the tests. */
public final class Models {

    private Models() {
    }

    /** A = [[0.9, 0.2], [0.1, 0.8]]. */
    public static DoubleTensor a() {
        return DoubleTensor.of(new double[] {0.9, 0.2, 0.1, 0.8}, 2, 2);
    }

    /** B[:, :, 0] = identity, B[:, :, 1] = swap; layout (next, prev, action). */
    public static DoubleTensor b() {
        return DoubleTensor.of(new double[] {1, 0, 0, 1, 0, 1, 1, 0}, 2, 2, 2);
    }

    /** Dirichlet ones of shape (2, 2, 2). */
    public static DoubleTensor pB() {
        return DoubleTensor.filled(1.0, 2, 2, 2);
    }

    /** The two-state model with pA and pB. */
    public static GenerativeModel twoState() {
        return GenerativeModel.builder(List.of(a()), List.of(b()))
                .pA(List.of(DoubleTensor.of(new double[] {9, 2, 1, 8}, 2, 2)))
                .pB(List.of(pB()))
                .build();
    }
}
