package io.aifgym.agents.aif.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inductive planning tests of spec 5.6 / 11.1. */
class InductiveTest {

    /** Chain 0 -> 1 -> 2 with a self-loop at 2; action 0 advances, action 1 stays. */
    private static DoubleTensor chain(double advance) {
        double[] b = new double[3 * 3 * 2];
        // B[next, prev, u] at (next * 3 + prev) * 2 + u
        b[(1 * 3 + 0) * 2] = advance;
        b[(0 * 3 + 0) * 2] = 1 - advance;
        b[(2 * 3 + 1) * 2] = advance;
        b[(1 * 3 + 1) * 2] = 1 - advance;
        b[(2 * 3 + 2) * 2] = 1;
        for (int s = 0; s < 3; s++) {
            b[(s * 3 + s) * 2 + 1] = 1;
        }
        return DoubleTensor.wrap(b, 3, 3, 2);
    }

    @Test
    void reachabilityRowsOfAChain() {
        DoubleTensor i = Inductive.matrices(List.of(DoubleTensor.vector(0, 0, 1)), List.of(chain(1.0)), 0.1, 4).get(0);
        assertThat(i.data()).containsExactly(0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1);
    }

    @Test
    void thresholdIsStrictAndDepthTruncates() {
        DoubleTensor reach = Inductive.matrices(List.of(DoubleTensor.vector(0, 0, 1)), List.of(chain(0.51)), 0.5, 2)
                .get(0);
        assertThat(reach.data()).containsExactly(0, 0, 1, 0, 1, 1);
        DoubleTensor cut = Inductive.matrices(List.of(DoubleTensor.vector(0, 0, 1)), List.of(chain(0.49)), 0.5, 3)
                .get(0);
        assertThat(cut.data()).containsExactly(0, 0, 1, 0, 0, 1, 0, 0, 1);
        assertThatThrownBy(() -> Inductive.matrices(List.of(DoubleTensor.vector(0, 0, 1)), List.of(chain(1)), 0.1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("depth");
    }

    @Test
    void inductiveValuesOfSection56() {
        List<DoubleTensor> i = List.of(DoubleTensor.of(new double[] {0, 0, 1, 0, 1, 1, 1, 1, 1}, 3, 3));
        double[][] q0 = {{1, 0, 0}};
        double ln = Math.log(1e-3);
        assertThat(ExpectedFreeEnergy.inductiveValue(q0, new double[][] {{0, 1, 0}}, i, 1e-3)).isZero();
        assertThat(ExpectedFreeEnergy.inductiveValue(q0, new double[][] {{1, 0, 0}}, i, 1e-3))
                .isCloseTo(ln, within(1e-12));
        assertThat(ExpectedFreeEnergy.inductiveValue(q0, new double[][] {{0.25, 0.75, 0}}, i, 1e-3))
                .isCloseTo(0.25 * ln, within(1e-12));
        List<DoubleTensor> unreachable = List.of(DoubleTensor.of(new double[] {0, 0, 1, 0, 1, 1, 0, 1, 1}, 3, 3));
        assertThat(ExpectedFreeEnergy.inductiveValue(q0, new double[][] {{1, 0, 0}}, unreachable, 1e-3)).isZero();
    }

    @Test
    void theGoalDirectedActionWins() {
        DoubleTensor b = chain(1.0);
        DoubleTensor a = DoubleTensor.of(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, 3, 3);
        EfeModel model = EfeModel.of(List.of(a), List.of(b), null)
                .withInductive(Inductive.matrices(List.of(DoubleTensor.vector(0, 0, 1)), List.of(b), 0.1, 3));
        EfeOptions inductiveOnly = EfeOptions.DEFAULT.withTerms(false, false, false, true);
        PolicyInference inference = PolicyInference.of(Policies.enumerate(new int[] {2}, 1));
        PolicyPosterior posterior = inference.infer(PlanningModel.compile(model, inductiveOnly),
                new double[][] {{1, 0, 0}}, PolicyPrior.uniform(1));
        assertThat(posterior.negEfe()).containsExactly(new double[] {0, Math.log(1e-3)}, within(1e-12));
        assertThat(posterior.qPi()).containsExactly(new double[] {1 / (1 + 1e-3), 1e-3 / (1 + 1e-3)}, within(1e-12));
    }
}
