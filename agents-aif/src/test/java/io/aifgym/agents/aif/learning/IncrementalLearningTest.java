package io.aifgym.agents.aif.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aifgym.agents.aif.maths.Dirichlet;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.agents.aif.model.InvalidModelException;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/**
 * The model-level count updates ({@link DirichletLearning#updateA}, {@link DirichletLearning#updateB},
 * {@link GenerativeModel#withTransitionCounts}, {@link GenerativeModel#withObservationCounts}),
 * which recompute only the changed columns after the first update, against the model built
 * from scratch with the builder: equal bit for bit, derived arrays included, step after step.
 */
class IncrementalLearningTest {

    /** Two factors (the second depending on both), two modalities, pA and pB everywhere. */
    private static GenerativeModel model(UniformRandomProvider rng) {
        DoubleTensor a0 = stochastic(rng, 4, 3);
        DoubleTensor a1 = stochastic(rng, 2, 3, 2);
        DoubleTensor b0 = stochastic(rng, 3, 3, 4);
        DoubleTensor b1 = stochastic(rng, 2, 3, 2, 3);
        return GenerativeModel.builder(List.of(a0, a1), List.of(b0, b1))
                .aDependencies(new int[][] {{0}, {0, 1}})
                .bDependencies(new int[][] {{0}, {0, 1}})
                .pA(List.of(positive(rng, 4, 3), positive(rng, 2, 3, 2)))
                .pB(List.of(positive(rng, 3, 3, 4), positive(rng, 2, 3, 2, 3)))
                .build();
    }

    @Test
    void countUpdatesEqualTheModelBuiltFromScratchBitForBit() {
        UniformRandomProvider rng = Key.of(5).generator();
        GenerativeModel m = model(rng);
        for (int step = 0; step < 40; step++) {
            boolean sharp = step % 3 != 2;
            double[][] qs = {belief(rng, 3, sharp), belief(rng, 2, sharp)};
            double[][] next = {belief(rng, 3, sharp), belief(rng, 2, sharp)};
            GenerativeModel before = m;
            if (step % 2 == 0) {
                double[][][] joints = DirichletLearning.meanFieldJoints(
                        new double[][][] {{qs[0], next[0]}, {qs[1], next[1]}}, m.bDependencies());
                int[][] actions = {{rng.nextInt(4), step % 5 == 4 ? -1 : rng.nextInt(3)}};
                m = DirichletLearning.updateB(before, joints, actions, 0.5 + step, CountMask.NONE);
                DirichletLearning.Update u = DirichletLearning.updateB(List.of(before.pB(0).orElseThrow(),
                        before.pB(1).orElseThrow()), before.B(), joints, actions, 0.5 + step, null, CountMask.NONE);
                assertSameModel(m, before.toBuilder().pB(u.concentrations()).B(u.expected()).build());
            } else {
                double[][][] obs = {{oneHot(4, rng.nextInt(4))}, {belief(rng, 2, sharp)}};
                double[][][] beliefs = {{qs[0]}, {qs[1]}};
                m = DirichletLearning.updateA(before, obs, beliefs, 1.0, CountMask.NONE);
                DirichletLearning.Update u = DirichletLearning.updateA(List.of(before.pA(0).orElseThrow(),
                        before.pA(1).orElseThrow()), before.A(), obs, beliefs, before.aDependencies(), 1.0,
                        CountMask.NONE);
                assertSameModel(m, before.toBuilder().pA(u.concentrations()).A(u.expected()).build());
            }
            // the old model is untouched
            assertSameModel(before, before.toBuilder().build());
        }
    }

    @Test
    void anUnchangedCountKeepsTheTensorsAndAFlattenedMultiActionModelLearnsAsBuilt() {
        UniformRandomProvider rng = Key.of(6).generator();
        DoubleTensor b = stochastic(rng, 3, 3, 2, 2);
        GenerativeModel m = GenerativeModel.builder(List.of(stochastic(rng, 3, 3)), List.of(b))
                .bActionDependencies(new int[][] {{0, 1}}, new int[] {2, 2})
                .pB(List.of(positive(rng, 3, 3, 2, 2)))
                .build();
        GenerativeModel learned = m;
        for (int step = 0; step < 6; step++) {
            GenerativeModel before = learned;
            double[][][] joints = DirichletLearning.meanFieldJoints(
                    new double[][][] {{oneHot(3, step % 3), oneHot(3, (step + 1) % 3)}}, before.bDependencies());
            int[][] actions = {{step % 4}};
            learned = DirichletLearning.updateB(before, joints, actions, 1.0, CountMask.NONE);
            DirichletLearning.Update u = DirichletLearning.updateB(List.of(before.pB(0).orElseThrow()), before.B(),
                    joints, actions, 1.0, null, CountMask.NONE);
            assertSameModel(learned, before.toBuilder().pB(u.concentrations()).B(u.expected()).build());
        }
        GenerativeModel same = learned.withTransitionCounts(List.of(learned.pB(0).orElseThrow()));
        assertThat(same.B(0)).isSameAs(learned.B(0));
        assertThat(same.bData(0, 1)).isSameAs(learned.bData(0, 1));
    }

    @Test
    void invalidCountsFailAsTheBuilderFails() {
        UniformRandomProvider rng = Key.of(7).generator();
        GenerativeModel built = model(rng);
        // a first update makes B the expected value of pB, so the next ones are incremental
        GenerativeModel m = built.withTransitionCounts(List.of(built.pB(0).orElseThrow(), built.pB(1).orElseThrow()));
        for (double bad : new double[] {-5.0, Double.NaN, Double.POSITIVE_INFINITY}) {
            double[] counts = m.pB(0).orElseThrow().data();
            counts[7] = bad;
            DoubleTensor q = DoubleTensor.wrap(counts, m.pB(0).orElseThrow().shape());
            List<DoubleTensor> qB = Arrays.asList(q, null);
            String expected = messageOf(() -> m.toBuilder().pB(List.of(q, m.pB(1).orElseThrow()))
                    .B(List.of(Dirichlet.expectedValue(q), m.B(1))).build());
            assertThatThrownBy(() -> m.withTransitionCounts(qB)).isInstanceOf(InvalidModelException.class)
                    .hasMessage(expected);
        }
        double[] counts = m.pA(1).orElseThrow().data();
        counts[3] = -1.0;
        DoubleTensor q = DoubleTensor.wrap(counts, m.pA(1).orElseThrow().shape());
        GenerativeModel learned = m.withObservationCounts(List.of(m.pA(0).orElseThrow(), m.pA(1).orElseThrow()));
        String expected = messageOf(() -> learned.toBuilder().pA(List.of(learned.pA(0).orElseThrow(), q))
                .A(List.of(learned.A(0), Dirichlet.expectedValue(q))).build());
        assertThatThrownBy(() -> learned.withObservationCounts(Arrays.asList(null, q)))
                .isInstanceOf(InvalidModelException.class).hasMessage(expected);
    }

    private static String messageOf(Runnable build) {
        try {
            build.run();
        } catch (InvalidModelException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the builder to reject the model");
    }

    /** Equal tensors and derived arrays, bit for bit. */
    private static void assertSameModel(GenerativeModel actual, GenerativeModel expected) {
        assertThat(actual).isEqualTo(expected);
        for (int m = 0; m < expected.numModalities(); m++) {
            assertBits(actual.aData(m), expected.aData(m));
            assertBits(actual.pAData(m), expected.pAData(m));
            assertBits(actual.logAData(m), expected.logAData(m));
            assertBits(actual.aEntropyData(m), expected.aEntropyData(m));
            assertBits(actual.aNoveltyData(m), expected.aNoveltyData(m));
        }
        for (int f = 0; f < expected.numFactors(); f++) {
            for (int u = 0; u < expected.numControls(f); u++) {
                assertBits(actual.bData(f, u), expected.bData(f, u));
                assertBits(actual.pBData(f, u), expected.pBData(f, u));
                assertBits(actual.logBData(f, u), expected.logBData(f, u));
                assertBits(actual.bNoveltyData(f, u), expected.bNoveltyData(f, u));
            }
        }
    }

    private static void assertBits(double[] actual, double[] expected) {
        if (expected == null) {
            assertThat(actual).isNull();
            return;
        }
        assertThat(bits(actual)).containsExactly(bits(expected));
    }

    private static long[] bits(double[] x) {
        long[] out = new long[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Double.doubleToRawLongBits(x[i]);
        }
        return out;
    }

    /** A one-hot (sharp) or random belief. */
    private static double[] belief(UniformRandomProvider rng, int n, boolean sharp) {
        if (sharp) {
            return oneHot(n, rng.nextInt(n));
        }
        double[] q = new double[n];
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            q[i] = 0.1 + rng.nextDouble();
            sum += q[i];
        }
        for (int i = 0; i < n; i++) {
            q[i] /= sum;
        }
        return q;
    }

    private static double[] oneHot(int n, int i) {
        double[] q = new double[n];
        q[i] = 1.0;
        return q;
    }

    private static DoubleTensor stochastic(UniformRandomProvider rng, int... shape) {
        DoubleTensor counts = positive(rng, shape);
        return Dirichlet.expectedValue(counts);
    }

    private static DoubleTensor positive(UniformRandomProvider rng, int... shape) {
        int size = 1;
        for (int s : shape) {
            size *= s;
        }
        double[] data = new double[size];
        for (int i = 0; i < size; i++) {
            data[i] = 0.05 + 3.0 * rng.nextDouble();
        }
        return DoubleTensor.wrap(data, shape);
    }
}
