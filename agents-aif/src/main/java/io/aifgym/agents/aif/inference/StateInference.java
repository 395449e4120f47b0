package io.aifgym.agents.aif.inference;

/**
 * The state-inference algorithm of an agent: pymdp's {@code inference_algo} string as a type
 * (spec 4). Each variant says how it uses time ({@link #kind()}), how many iterations it runs
 * and which smoothing parameter learning applies ({@link #smoothing()}); {@link Inference}
 * runs them.
 *
 * <pre>{@code
 * StateInference algo = StateInference.exact();                // filtering, exact smoothing for learning
 * StateInference fpi = new StateInference.FixedPoint(16);      // pymdp's default
 * }</pre>
 */
public sealed interface StateInference {

    /** pymdp's default number of iterations, {@code num_iter = 16}. */
    int DEFAULT_NUM_ITER = 16;

    /** @return whether the method infers one step or a window */
    InferenceKind kind();

    /** @return the number of variational iterations run (1 for {@link Exact}) */
    int numIter();

    /** @return the smoothing applied to filtered beliefs before learning */
    Smoothing smoothing();

    /** @return the pymdp name of the method ({@code "fpi"}, {@code "exact"}, ...) */
    String pymdpName();

    /** @return exact single-factor Bayesian filtering */
    static StateInference exact() {
        return new Exact();
    }

    /** @return fixed-point iteration with 16 iterations */
    static StateInference fpi() {
        return new FixedPoint(DEFAULT_NUM_ITER);
    }

    /**
     * The method of a pymdp name, for configs and tests.
     *
     * @param name one of {@code fpi}, {@code ovf}, {@code exact}, {@code mmp}, {@code vmp} (any case)
     * @param numIter the number of iterations (ignored by {@code exact})
     * @return the method
     * @throws IllegalArgumentException for an unknown name
     */
    static StateInference of(String name, int numIter) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "fpi" -> new FixedPoint(numIter);
            case "ovf" -> new OnlineVariationalFiltering(numIter);
            case "exact" -> new Exact();
            case "mmp" -> new MarginalMessagePassing(numIter);
            case "vmp" -> new VariationalMessagePassing(numIter);
            default -> throw new IllegalArgumentException("inference_algo: expected one of fpi, ovf, exact, mmp, vmp, "
                    + "found '" + name + "'");
        };
    }

    private static int positive(int numIter) {
        if (numIter < 1) {
            throw new IllegalArgumentException("numIter: expected a positive number of iterations, found " + numIter);
        }
        return numIter;
    }

    /**
     * {@code exact}: one fixed-point step, exact for the single factor it requires (every
     * modality depending on factor 0 only, self-only dynamics); learning smooths with exact
     * HMM smoothing.
     */
    record Exact() implements StateInference {
        @Override
        public InferenceKind kind() {
            return InferenceKind.ONE_STEP;
        }

        @Override
        public int numIter() {
            return 1;
        }

        @Override
        public Smoothing smoothing() {
            return Smoothing.EXACT;
        }

        @Override
        public String pymdpName() {
            return "exact";
        }
    }

    /**
     * {@code fpi}: mean-field fixed-point iteration on the current observation (parallel
     * updates, no early stop; closed form for one factor).
     *
     * @param numIter the number of iterations, positive
     */
    record FixedPoint(int numIter) implements StateInference {
        /**
         * Checks the iteration count.
         *
         * @param numIter the number of iterations, positive
         */
        public FixedPoint {
            positive(numIter);
        }

        @Override
        public InferenceKind kind() {
            return InferenceKind.ONE_STEP;
        }

        @Override
        public Smoothing smoothing() {
            return Smoothing.NONE;
        }

        @Override
        public String pymdpName() {
            return "fpi";
        }
    }

    /**
     * {@code ovf}: online variational filtering, identical to {@link FixedPoint} for inference;
     * learning smooths the filtered history backwards ({@code smoothing_ovf}).
     *
     * @param numIter the number of iterations, positive
     */
    record OnlineVariationalFiltering(int numIter) implements StateInference {
        /**
         * Checks the iteration count.
         *
         * @param numIter the number of iterations, positive
         */
        public OnlineVariationalFiltering {
            positive(numIter);
        }

        @Override
        public InferenceKind kind() {
            return InferenceKind.ONE_STEP;
        }

        @Override
        public Smoothing smoothing() {
            return Smoothing.OVF;
        }

        @Override
        public String pymdpName() {
            return "ovf";
        }
    }

    /**
     * {@code mmp}: marginal message passing over a window, conditioned on the past actions,
     * with half-weighted forward and backward messages (spec 4.6).
     *
     * @param numIter the number of iterations, positive
     */
    record MarginalMessagePassing(int numIter) implements StateInference {
        /**
         * Checks the iteration count.
         *
         * @param numIter the number of iterations, positive
         */
        public MarginalMessagePassing {
            positive(numIter);
        }

        @Override
        public InferenceKind kind() {
            return InferenceKind.SEQUENCE;
        }

        @Override
        public Smoothing smoothing() {
            return Smoothing.NONE;
        }

        @Override
        public String pymdpName() {
            return "mmp";
        }
    }

    /**
     * {@code vmp}: variational message passing over a window with expected log transitions
     * (spec 4.7).
     *
     * @param numIter the number of iterations, positive
     */
    record VariationalMessagePassing(int numIter) implements StateInference {
        /**
         * Checks the iteration count.
         *
         * @param numIter the number of iterations, positive
         */
        public VariationalMessagePassing {
            positive(numIter);
        }

        @Override
        public InferenceKind kind() {
            return InferenceKind.SEQUENCE;
        }

        @Override
        public Smoothing smoothing() {
            return Smoothing.NONE;
        }

        @Override
        public String pymdpName() {
            return "vmp";
        }
    }
}
