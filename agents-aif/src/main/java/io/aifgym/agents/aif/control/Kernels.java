package io.aifgym.agents.aif.control;

import java.util.Optional;

/**
 * Chooses the planner's {@link Kernel} once per JVM: the JDK Vector API kernel when the
 * incubator module {@code jdk.incubator.vector} is in the boot layer (the JVM was started with
 * {@code --add-modules jdk.incubator.vector}) and the system property
 * {@code aifgym.kernel} is not {@code plain}, else the plain-Java kernel. Both give the same
 * bits (each output sums its terms in the same order with fused multiply-adds), so the choice
 * never changes a result. Also holds the small loops both share. Not API.
 */
final class Kernels {

    private static final Kernel PREFERRED = choose();

    private Kernels() {
    }

    /** The kernel the planner uses by default. */
    static Kernel preferred() {
        return PREFERRED;
    }

    /** The Vector API kernel, if the incubator module is present. */
    static Optional<Kernel> vector() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return Optional.empty();
        }
        try {
            Class<?> type = Class.forName("io.aifgym.agents.aif.control.VectorKernel");
            return Optional.of((Kernel) type.getDeclaredField("INSTANCE").get(null));
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static Kernel choose() {
        if ("plain".equals(System.getProperty("aifgym.kernel"))) {
            return PlainKernel.INSTANCE;
        }
        return vector().orElse(PlainKernel.INSTANCE);
    }

    /** {@code Σ_i a[aOff + i] b[bOff + i]}. */
    static double dot(double[] a, int aOff, double[] b, int bOff, int n) {
        double s = 0.0;
        for (int i = 0; i < n; i++) {
            s += a[aOff + i] * b[bOff + i];
        }
        return s;
    }
}
