package io.aifgym.agents.aif.learning;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.random.Key;
import org.apache.commons.rng.UniformRandomProvider;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Property tests of Dirichlet learning (plain JUnit loops: first every corner of the parameter
 * ranges, then cases drawn from {@code Key.of(SEED).child(i)}, so a failure names its case and
 * replays): learning only adds counts, by
 * exactly the learning rate times the mass of what was seen, and never where a structural mask
 * forbids it.
 */
class LearningPropertiesTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 300;

    /**
     * Parameter {@code bit} of case {@code i}: while {@code i < corners}, bit {@code bit} of
     * {@code i} picks {@code lo} or {@code hi}; later cases draw from {@code [lo, hi]}.
     */
    private static int pick(UniformRandomProvider g, int i, int corners, int bit, int lo, int hi) {
        if (i < corners) {
            return (i >> bit & 1) == 0 ? lo : hi;
        }
        return lo + g.nextInt(hi - lo + 1);
    }

    /** As {@link #pick(UniformRandomProvider, int, int, int, int, int)}, for a double range. */
    private static double pickDouble(UniformRandomProvider g, int i, int corners, int bit, double lo, double hi) {
        if (i < corners) {
            return (i >> bit & 1) == 0 ? lo : hi;
        }
        return lo + (hi - lo) * g.nextDouble();
    }

    private static double[] distribution(UniformRandomProvider g, int n) {
        double[] q = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            q[i] = g.nextDouble() < 0.2 ? 0.0 : g.nextDouble();
            sum += q[i];
        }
        if (sum == 0) {
            q[g.nextInt(n)] = 1.0;
            sum = 1.0;
        }
        for (int i = 0; i < n; i++) {
            q[i] /= sum;
        }
        return q;
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    @Test
    void observationLearningOnlyAddsCounts() {
        int corners = 32;
        for (int i = 0; i < corners + CASES; i++) {
            UniformRandomProvider g = Key.of(SEED).child(i).generator();
            int numObs = pick(g, i, corners, 0, 1, 6);
            int parents = pick(g, i, corners, 1, 1, 3);
            int steps = pick(g, i, corners, 2, 1, 8);
            double lr = pickDouble(g, i, corners, 3, 0.0, 5.0);
            boolean masked = pick(g, i, corners, 4, 0, 1) == 1;
            assertObservationLearningOnlyAddsCounts(g, numObs, parents, steps, lr, masked,
                    String.format("case %d of seed %d (%d outcomes, %d parents, %d steps, lr %s, masked %b)", i, SEED,
                            numObs, parents, steps, lr, masked));
        }
    }

    private static void assertObservationLearningOnlyAddsCounts(UniformRandomProvider g, int numObs, int parents,
            int steps, double lr, boolean masked, String what) {
        int[] sizes = new int[parents];
        int size = numObs;
        for (int j = 0; j < parents; j++) {
            sizes[j] = 1 + g.nextInt(4);
            size *= sizes[j];
        }
        double[] pA = new double[size];
        double[] mask = masked ? new double[size] : null;
        for (int i = 0; i < size; i++) {
            pA[i] = g.nextDouble() < 0.1 ? 0.0 : 10 * g.nextDouble();
            if (mask != null) {
                mask[i] = g.nextDouble() < 0.3 ? 0.0 : 1.0;
            }
        }
        double[][] obs = new double[steps][];
        double[][][] factors = new double[parents][steps][];
        for (int t = 0; t < steps; t++) {
            obs[t] = distribution(g, numObs);
            for (int j = 0; j < parents; j++) {
                factors[j][t] = distribution(g, sizes[j]);
            }
        }
        double[] learned = DirichletLearning.addObservationCounts(pA, obs, factors, lr, mask);
        for (int i = 0; i < size; i++) {
            assertThat(learned[i]).as("%s: entry %d", what, i).isFinite().isGreaterThanOrEqualTo(pA[i]);
            if (mask != null && mask[i] == 0.0) {
                assertThat(learned[i]).as("%s: masked entry %d", what, i).isEqualTo(pA[i]);
            }
        }
        if (mask == null) {
            assertThat(sum(learned) - sum(pA)).as("%s: counts added", what)
                    .isCloseTo(lr * steps, Offset.offset(1e-9 * (1 + sum(pA))));
        }
    }

    @Test
    void transitionLearningOnlyAddsCountsForValidActions() {
        int corners = 16;
        for (int i = 0; i < corners + CASES; i++) {
            UniformRandomProvider g = Key.of(SEED).child(i).generator();
            int numStates = pick(g, i, corners, 0, 1, 6);
            int numControls = pick(g, i, corners, 1, 1, 4);
            int steps = pick(g, i, corners, 2, 1, 8);
            double lr = pickDouble(g, i, corners, 3, 0.0, 5.0);
            assertTransitionLearningOnlyAddsCounts(g, numStates, numControls, steps, lr,
                    String.format("case %d of seed %d (%d states, %d controls, %d steps, lr %s)", i, SEED, numStates,
                            numControls, steps, lr));
        }
    }

    private static void assertTransitionLearningOnlyAddsCounts(UniformRandomProvider g, int numStates,
            int numControls, int steps, double lr, String what) {
        int slice = numStates * numStates;
        double[] pB = new double[slice * numControls];
        for (int i = 0; i < pB.length; i++) {
            pB[i] = 5 * g.nextDouble();
        }
        double[][] joints = new double[steps][];
        int[] actions = new int[steps];
        double expected = 0;
        for (int t = 0; t < steps; t++) {
            joints[t] = distribution(g, slice);
            actions[t] = g.nextInt(numControls + 1) - (g.nextBoolean() ? 0 : 1); // -1 .. numControls: some invalid
            if (actions[t] >= 0 && actions[t] < numControls) {
                expected += lr * sum(joints[t]);
            }
        }
        double[] learned = DirichletLearning.addTransitionCounts(pB, numControls, joints, actions, lr, null);
        for (int i = 0; i < pB.length; i++) {
            assertThat(learned[i]).as("%s: entry %d", what, i).isFinite().isGreaterThanOrEqualTo(pB[i]);
            boolean counted = false;
            for (int a : actions) {
                counted |= i % numControls == a;
            }
            if (!counted) {
                assertThat(learned[i]).as("%s: no count for an action never taken, entry %d", what, i)
                        .isEqualTo(pB[i]);
            }
        }
        assertThat(sum(learned) - sum(pB)).as("%s: counts added", what)
                .isCloseTo(expected, Offset.offset(1e-9 * (1 + sum(pB))));
    }
}
