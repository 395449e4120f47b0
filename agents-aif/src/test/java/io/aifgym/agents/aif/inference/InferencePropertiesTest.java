package io.aifgym.agents.aif.inference;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Property tests of state inference over generated models (a plain JUnit loop: first every
 * corner of the size ranges, then cases drawn from {@code Key.of(SEED).child(i)}, so a failure
 * names its case and replays): whatever the
 * model (sparse likelihoods with structural zeros included), observation (including no
 * evidence) and prior (with zeros), the posterior of every factor is a finite, normalised
 * distribution.
 */
class InferencePropertiesTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 250;
    /** The corners of (factors, modalities, numIter, sparse): cases 0 to 15. */
    private static final int CORNERS = 16;

    /** Columns over axis 0 drawn from Dirichlet(1), most entries zeroed when sparse. */
    private static DoubleTensor stochastic(UniformRandomProvider g, boolean sparse, int... shape) {
        int rows = shape[0];
        int size = 1;
        for (int s : shape) {
            size *= s;
        }
        int cols = size / rows;
        double[] data = new double[size];
        for (int c = 0; c < cols; c++) {
            double sum = 0;
            int keep = g.nextInt(rows);
            for (int r = 0; r < rows; r++) {
                double v = sparse && r != keep && g.nextDouble() < 0.7 ? 0.0 : -Math.log(1.0 - g.nextDouble());
                data[r * cols + c] = v;
                sum += v;
            }
            for (int r = 0; r < rows; r++) {
                data[r * cols + c] /= sum;
            }
        }
        return DoubleTensor.wrap(data, shape);
    }

    private static double[] distribution(UniformRandomProvider g, int n, boolean zeros) {
        double[] q = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            q[i] = zeros && g.nextDouble() < 0.3 ? 0.0 : g.nextDouble() + 1e-3;
            sum += q[i];
        }
        if (sum == 0) {
            q[0] = 1;
            sum = 1;
        }
        for (int i = 0; i < n; i++) {
            q[i] /= sum;
        }
        return q;
    }

    /** Bit {@code bit} of a corner case picks {@code lo} or {@code hi}; a later case draws from the range. */
    private static int pick(UniformRandomProvider g, int i, int bit, int lo, int hi) {
        if (i < CORNERS) {
            return (i >> bit & 1) == 0 ? lo : hi;
        }
        return lo + g.nextInt(hi - lo + 1);
    }

    @Test
    void beliefsAreFiniteAndNormalised() {
        for (int i = 0; i < CASES; i++) {
            UniformRandomProvider g = Key.of(SEED).child(i).generator();
            int factors = pick(g, i, 0, 1, 3);
            int modalities = pick(g, i, 1, 1, 3);
            int numIter = pick(g, i, 2, 1, 16);
            boolean sparse = pick(g, i, 3, 0, 1) == 1;
            assertBeliefsAreFiniteAndNormalised(g, factors, modalities, numIter, sparse,
                    String.format("case %d of seed %d (%d factors, %d modalities, %d iterations, sparse %b)", i, SEED,
                            factors, modalities, numIter, sparse));
        }
    }

    private static void assertBeliefsAreFiniteAndNormalised(UniformRandomProvider g, int factors, int modalities,
            int numIter, boolean sparse, String what) {
        int[] ns = new int[factors];
        for (int f = 0; f < factors; f++) {
            ns[f] = 1 + g.nextInt(5);
        }
        List<DoubleTensor> a = new ArrayList<>();
        int[] no = new int[modalities];
        for (int m = 0; m < modalities; m++) {
            no[m] = 1 + g.nextInt(5);
            int[] shape = new int[factors + 1];
            shape[0] = no[m];
            System.arraycopy(ns, 0, shape, 1, factors);
            a.add(stochastic(g, sparse, shape));
        }
        List<DoubleTensor> b = new ArrayList<>();
        for (int f = 0; f < factors; f++) {
            b.add(stochastic(g, sparse, ns[f], ns[f], 1 + g.nextInt(3)));
        }
        GenerativeModel model = GenerativeModel.builder(a, b).build();
        int[] observation = new int[modalities];
        for (int m = 0; m < modalities; m++) {
            observation[m] = g.nextInt(no[m] + 1) - 1; // -1: no evidence
        }
        double[][] prior = new double[factors][];
        for (int f = 0; f < factors; f++) {
            prior[f] = distribution(g, ns[f], g.nextBoolean());
        }
        double[][] qs = Inference.oneStep(model, Observations.oneHot(observation, model.numObs()), prior, numIter);
        assertThat(qs).as(what).hasNumberOfRows(factors);
        for (int f = 0; f < factors; f++) {
            double sum = 0;
            for (double q : qs[f]) {
                assertThat(q).as("%s: factor %d", what, f).isFinite().isBetween(0.0, 1.0);
                sum += q;
            }
            assertThat(sum).as("%s: factor %d of %s", what, f, java.util.Arrays.deepToString(qs))
                    .isCloseTo(1.0, Offset.offset(1e-9));
        }
    }
}
