package io.aifgym.agents.aif.maths;

import static org.assertj.core.api.Assertions.assertThat;

import io.aifgym.gym.random.Key;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Property tests of the maths (plain JUnit loops over explicit edge cases, then cases generated
 * from {@code Key.of(SEED).child(i)}, so a failure names its case and replays): softmax gives a
 * distribution and ignores a shift of its logits, KL divergences are non-negative (zero for
 * equal arguments), and entropies lie in {@code [0, ln n]}.
 */
class MathsPropertiesTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 500;
    private static final double TOLERANCE = 1e-12;
    private static final double[] SPECIAL_LOGITS = {0.0, -0.0, 1e-300, -1e300, 1e300};
    private static final double[] SPECIAL_WEIGHTS = {0.0, 1e-300, 1e-17, 1.0};
    private static final double[] EDGE_SHIFTS = {0.0, -1000, 1000};

    /** Logit vectors the generator would rarely hit: one element, extremes, ties, the maximum length. */
    private static final List<double[]> EDGE_LOGITS = List.of(
            new double[] {0.0}, new double[] {-0.0}, new double[] {1e300}, new double[] {-1e300},
            new double[] {1e-300}, new double[] {700}, new double[] {-700}, new double[] {0.0, -0.0},
            new double[] {1e300, -1e300}, new double[] {-1e300, 1e300, 0.0}, new double[] {700, -700},
            new double[] {-700, -700}, new double[] {50, -50, 50}, new double[] {1e300, 1e300},
            new double[] {-1e300, -1e300}, filled(64, 0.0), filled(64, 1e300), filled(64, -1e300), filled(64, -700),
            alternating(64, 700, -700));

    /** Distributions with one element, point masses, tiny entries and the maximum length. */
    private static final List<double[]> EDGE_DISTRIBUTIONS = List.of(
            new double[] {1.0}, normalised(new double[] {1e-300}), new double[] {1.0, 0.0}, new double[] {0.0, 1.0},
            new double[] {0.0, 0.0, 1.0}, normalised(new double[] {1e-300, 1.0}),
            normalised(new double[] {1e-17, 1e-17}), normalised(new double[] {1.0, 1e-300, 1e-17, 0.0}),
            normalised(filled(32, 1.0)), normalised(filled(32, 1e-300)));

    private static double[] filled(int n, double v) {
        double[] x = new double[n];
        Arrays.fill(x, v);
        return x;
    }

    private static double[] alternating(int n, double a, double b) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 2 == 0 ? a : b;
        }
        return x;
    }

    private static double uniform(UniformRandomProvider g, double lo, double hi) {
        return lo + (hi - lo) * g.nextDouble();
    }

    /** Length 1 to 64 (short ones often); entries from [-50, 50], [-700, 700] or the special values. */
    private static double[] logits(UniformRandomProvider g) {
        int n = 1 + g.nextInt(g.nextBoolean() ? 4 : 64);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (g.nextInt(3)) {
                case 0 -> uniform(g, -50, 50);
                case 1 -> uniform(g, -700, 700);
                default -> SPECIAL_LOGITS[g.nextInt(SPECIAL_LOGITS.length)];
            };
        }
        return x;
    }

    /** Length 1 to 32; weights from [0, 1] or {0, 1e-300, 1e-17, 1}, redrawn until some weight is positive. */
    private static double[] distribution(UniformRandomProvider g) {
        while (true) {
            int n = 1 + g.nextInt(g.nextBoolean() ? 4 : 32);
            double[] w = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = g.nextBoolean() ? g.nextDouble() : SPECIAL_WEIGHTS[g.nextInt(SPECIAL_WEIGHTS.length)];
                sum += w[i];
            }
            if (sum > 0) {
                return normalised(w);
            }
        }
    }

    private static double[] normalised(double[] w) {
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] / sum;
        }
        return out;
    }

    /** Case {@code i}: an edge case while they last, then one generated from child {@code i} of the seed. */
    private static double[] logitCase(int i) {
        return i < EDGE_LOGITS.size() ? EDGE_LOGITS.get(i).clone() : logits(Key.of(SEED).child(i).generator());
    }

    private static double[] distributionCase(int i) {
        return i < EDGE_DISTRIBUTIONS.size() ? EDGE_DISTRIBUTIONS.get(i).clone()
                : distribution(Key.of(SEED).child(i).generator());
    }

    @Test
    void softmaxIsAFiniteDistribution() {
        for (int i = 0; i < CASES; i++) {
            double[] x = logitCase(i);
            double[] p = Maths.softmax(x);
            String what = String.format("case %d of seed %d: softmax(%s)", i, SEED, Arrays.toString(x));
            double sum = 0;
            for (double v : p) {
                assertThat(v).as(what).isFinite().isBetween(0.0, 1.0);
                sum += v;
            }
            assertThat(sum).as("%s: sum", what).isCloseTo(1.0, Offset.offset(TOLERANCE * p.length));
        }
    }

    @Test
    void softmaxIgnoresAShiftOfItsLogits() {
        List<double[]> xs = new ArrayList<>();
        List<Double> shifts = new ArrayList<>();
        for (double[] x : EDGE_LOGITS) {
            for (double shift : EDGE_SHIFTS) {
                xs.add(x);
                shifts.add(shift);
            }
        }
        int edges = xs.size();
        for (int i = 0; i < CASES; i++) {
            UniformRandomProvider g = Key.of(SEED).child(i).generator();
            double[] x = i < edges ? xs.get(i) : logits(g);
            double shift = i < edges ? shifts.get(i) : uniform(g, -1000, 1000);
            double[] shifted = x.clone();
            for (int j = 0; j < shifted.length; j++) {
                shifted[j] += shift;
            }
            double[] a = Maths.softmax(x);
            double[] b = Maths.softmax(shifted);
            String what = String.format("case %d of seed %d: softmax(%s) shifted by %s", i, SEED, Arrays.toString(x),
                    shift);
            for (int j = 0; j < a.length; j++) {
                // the shifted logits are rounded to the spacing of |x + shift|, so allow that much
                double slack = 4 * (Math.ulp(Math.abs(x[j]) + Math.abs(shift)) + Math.ulp(maxAbs(x) + Math.abs(shift)));
                assertThat(b[j]).as("%s, entry %d", what, j).isCloseTo(a[j], Offset.offset(1e-12 + a[j] * slack));
            }
        }
    }

    private static double maxAbs(double[] x) {
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    @Test
    void klDivergenceIsNonNegativeAndZeroForEqualDistributions() {
        int edges = EDGE_DISTRIBUTIONS.size() * EDGE_DISTRIBUTIONS.size();
        for (int i = 0; i < edges + CASES; i++) {
            double[] p;
            double[] qGiven;
            if (i < edges) {
                p = EDGE_DISTRIBUTIONS.get(i / EDGE_DISTRIBUTIONS.size());
                qGiven = EDGE_DISTRIBUTIONS.get(i % EDGE_DISTRIBUTIONS.size());
            } else {
                UniformRandomProvider g = Key.of(SEED).child(i).generator();
                p = distribution(g);
                qGiven = distribution(g);
            }
            double[] q = sameLength(qGiven, p.length);
            String what = String.format("case %d of seed %d: p %s, q %s", i, SEED, Arrays.toString(p),
                    Arrays.toString(q));
            assertThat(Maths.klDivergenceStable(p, q)).as(what).isGreaterThanOrEqualTo(-TOLERANCE);
            assertThat(Maths.klDivergence(p, q, Maths.SPM_EPS)).as(what).isGreaterThanOrEqualTo(-TOLERANCE);
            assertThat(Maths.klDivergenceStable(p, p)).as(what).isZero();
        }
    }

    @Test
    void dirichletKlDivergenceIsNonNegative() {
        int[][] corners = {{1, 1}, {1, 4}, {6, 1}, {6, 4}};
        for (int i = 0; i < 300; i++) {
            UniformRandomProvider g = Key.of(SEED).child(i).generator();
            int rows = i < corners.length ? corners[i][0] : 1 + g.nextInt(6);
            int cols = i < corners.length ? corners[i][1] : 1 + g.nextInt(4);
            double[] q = new double[rows * cols];
            double[] p = new double[rows * cols];
            for (int j = 0; j < q.length; j++) {
                q[j] = 0.05 + 20 * g.nextDouble();
                p[j] = 0.05 + 20 * g.nextDouble();
            }
            String what = String.format("case %d of seed %d: %d x %d", i, SEED, rows, cols);
            assertThat(Dirichlet.klDivergence(q, p, rows)).as(what).isGreaterThanOrEqualTo(-1e-9);
            assertThat(Dirichlet.klDivergence(q, q, rows)).as(what).isCloseTo(0.0, Offset.offset(1e-9));
        }
    }

    @Test
    void entropyLiesBetweenZeroAndTheLogOfTheSize() {
        for (int i = 0; i < CASES; i++) {
            double[] p = distributionCase(i);
            double h = Maths.entropy(p);
            assertThat(h).as("case %d of seed %d: entropy of %s", i, SEED, Arrays.toString(p)).isFinite()
                    .isGreaterThanOrEqualTo(-TOLERANCE).isLessThanOrEqualTo(Math.log(p.length) + 1e-9);
        }
    }

    /** A distribution of the given length made from another (cycled and renormalised). */
    private static double[] sameLength(double[] q, int n) {
        double[] out = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            out[i] = q[i % q.length] + (i >= q.length ? 1e-3 : 0.0);
            sum += out[i];
        }
        if (sum == 0) {
            Arrays.fill(out, 1.0);
        }
        return normalised(out);
    }
}
