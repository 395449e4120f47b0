package io.aifgym.agents.aif.control;

import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.gym.random.Key;

/**
 * How an index is chosen from a distribution (over policies in {@link SamplingMode#FULL},
 * over one factor's actions in {@link SamplingMode#MARGINAL}): pymdp's
 * {@code action_selection} (spec 6).
 */
public sealed interface ActionSelection permits ActionSelection.Deterministic, ActionSelection.Stochastic {

    /**
     * The argmax, ties to the lowest index (pymdp 1.0's default).
     *
     * @return deterministic selection
     */
    static ActionSelection deterministic() {
        return Deterministic.INSTANCE;
    }

    /**
     * Sampling with precision {@code alpha}.
     *
     * @param alpha the precision, finite and non-negative
     * @return stochastic selection
     */
    static ActionSelection stochastic(double alpha) {
        return new Stochastic(alpha, LogForm.STABLE);
    }

    /**
     * Chooses an index.
     *
     * @param probabilities the distribution (need not be normalised; entries non-negative)
     * @param key the key of this draw; may be null for deterministic selection
     * @return the chosen index
     * @throws IllegalArgumentException if a stochastic selection gets no key
     */
    int choose(double[] probabilities, Key key);

    /**
     * Deterministic selection: the first maximum.
     */
    final class Deterministic implements ActionSelection {

        private static final Deterministic INSTANCE = new Deterministic();

        private Deterministic() {
        }

        @Override
        public int choose(double[] probabilities, Key key) {
            return Maths.argmax(probabilities);
        }

        @Override
        public String toString() {
            return "Deterministic";
        }
    }

    /**
     * Stochastic selection: index {@code i} with probability {@code softmax(alpha · log p)_i},
     * i.e. proportional to {@code max(p_i, 2.22e-16)^alpha} with pymdp 1.0's log
     * ({@code alpha = 0} is uniform over every index, {@code alpha → ∞} approaches the argmax).
     * One uniform draw of the key picks the index by inverse CDF.
     *
     * @param alpha the precision, finite and non-negative (pymdp 1.0's default is 1, legacy 16)
     * @param log the logarithm (pymdp 1.0's stable log, or the legacy {@code ln(x + 1e-16)})
     */
    record Stochastic(double alpha, LogForm log) implements ActionSelection {

        /** Checks alpha. */
        public Stochastic {
            if (!(alpha >= 0.0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException("alpha: expected a finite non-negative precision, found " + alpha);
            }
            java.util.Objects.requireNonNull(log, "log");
        }

        /**
         * The sampling distribution {@code softmax(alpha · log p)}.
         *
         * @param probabilities the distribution
         * @return the probabilities each index is drawn with
         */
        public double[] probabilities(double[] probabilities) {
            double[] logits = new double[probabilities.length];
            for (int i = 0; i < logits.length; i++) {
                logits[i] = alpha * log.log(probabilities[i]);
            }
            Maths.softmax(logits, logits);
            return logits;
        }

        @Override
        public int choose(double[] probabilities, Key key) {
            if (key == null) {
                throw new IllegalArgumentException("key: expected a key for stochastic action selection, found null");
            }
            double[] p = probabilities(probabilities);
            double u = key.uniform();
            double cumulative = 0.0;
            int last = 0;
            for (int i = 0; i < p.length; i++) {
                if (p[i] > 0.0) {
                    last = i;
                    cumulative += p[i];
                    if (u < cumulative) {
                        return i;
                    }
                }
            }
            return last;
        }
    }
}
