package io.aifgym.bench.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.agents.aif.maths.Dirichlet;
import io.aifgym.agents.aif.maths.Special;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class ParameterKlTest {

    private static final GenerativeProcess GRID = new GridWorld(LearningGridworldStudy.GRID).generativeProcess();

    /** Random concentrations in (0.01, 5), some repeated, as learned counts are. */
    private static DoubleTensor random(Key key, int... shape) {
        int size = 1;
        for (int d : shape) {
            size *= d;
        }
        UniformRandomProvider g = key.generator();
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = g.nextDouble() < 0.5 ? 1.0 / 49 : 0.01 + 5 * g.nextDouble();
        }
        return DoubleTensor.wrap(x, shape);
    }

    @Test
    void divergenceIsTheSummedDirichletKlPerState() {
        DoubleTensor q = random(Key.of(1), 6, 6, 3);
        DoubleTensor p = random(Key.of(2), 6, 6, 3);
        double expected = Dirichlet.klDivergence(q.unsafeData(), p.unsafeData(), 6) / 6;
        assertThat(ParameterKl.divergence(q, p)).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
        DoubleTensor qa = random(Key.of(3), 5, 7);
        DoubleTensor pa = random(Key.of(4), 5, 7);
        double expectedA = Dirichlet.klDivergence(qa.unsafeData(), pa.unsafeData(), 5) / 7;
        assertThat(ParameterKl.divergence(qa, pa)).isCloseTo(expectedA, within(1e-9 * Math.abs(expectedA)));
    }

    @Test
    void divergenceIsZeroAtTheReferenceAndPositiveElsewhere() {
        DoubleTensor ref = ParameterKl.reference(GRID.B().get(0));
        assertThat(ParameterKl.divergence(ref, ref)).isCloseTo(0.0, within(1e-9));
        DoubleTensor flat = DoubleTensor.filled(1.0 / 49, 49, 49, 4);
        assertThat(ParameterKl.divergence(flat, ref)).isPositive();
    }

    /** The notebook's cell, written out as numpy broadcasts it: column (s, u) gets Σ_j p[s, j, u]. */
    private static double notebookByHand(DoubleTensor q, DoubleTensor p) {
        int n = q.dim(0);
        int nu = q.dim(2);
        double total = 0;
        for (int s = 0; s < n; s++) {
            for (int u = 0; u < nu; u++) {
                double q0 = 0;
                double wrongP0 = 0;
                for (int i = 0; i < n; i++) {
                    q0 += q.get(i, s, u);
                    wrongP0 += p.get(s, i, u);
                }
                double kl = Special.lnGamma(q0) - Special.lnGamma(wrongP0);
                for (int i = 0; i < n; i++) {
                    double qi = q.get(i, s, u);
                    double pi = p.get(i, s, u);
                    kl += Special.lnGamma(pi) - Special.lnGamma(qi)
                            + (qi - pi) * (Special.digamma(qi) - Special.digamma(q0));
                }
                total += kl;
            }
        }
        return total / n;
    }

    @Test
    void notebookValueNormalisesTheReferenceOverTheCurrentState() {
        DoubleTensor q = random(Key.of(5), 5, 5, 2);
        DoubleTensor p = random(Key.of(6), 5, 5, 2);
        double expected = notebookByHand(q, p);
        assertThat(ParameterKl.notebook(q, p)).isCloseTo(expected, within(1e-9 * Math.abs(expected)));
    }

    @Test
    void notebookValueGoesNegativeNearTheTruthOfBButAgreesForTheIdentityA() {
        DoubleTensor refB = ParameterKl.reference(GRID.B().get(0));
        // a converged agent: the truth with a few hundred counts per column on top of the flat prior
        double[] learned = GRID.B().get(0).data();
        for (int i = 0; i < learned.length; i++) {
            learned[i] = 300 * learned[i] + 1.0 / 49;
        }
        DoubleTensor converged = DoubleTensor.wrap(learned, 49, 49, 4);
        assertThat(ParameterKl.divergence(converged, refB)).isPositive();
        assertThat(ParameterKl.notebook(converged, refB)).isNegative();
        DoubleTensor refA = ParameterKl.reference(GRID.A().get(0));
        DoubleTensor flatA = DoubleTensor.filled(1.0 / 49, 49, 49);
        assertThat(ParameterKl.notebook(flatA, refA)).isCloseTo(ParameterKl.divergence(flatA, refA), within(1e-6));
    }

    @Test
    void shapesAreChecked() {
        assertThatThrownBy(() -> ParameterKl.divergence(DoubleTensor.zeros(3, 3), DoubleTensor.zeros(3, 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference: expected shape [3, 3]");
        assertThatThrownBy(() -> ParameterKl.divergence(DoubleTensor.zeros(3), DoubleTensor.zeros(3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rank 2 (A) or 3 (B), found rank 1");
        assertThatThrownBy(() -> ParameterKl.notebook(DoubleTensor.zeros(3, 4), DoubleTensor.zeros(3, 4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("equal first two axes");
    }
}
