package io.aifgym.agents.aif.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aifgym.agents.aif.inference.Inference;
import io.aifgym.agents.aif.inference.Observations;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** The tree's belief update equals the agent's one-step inference. */
class BeliefUpdateTest {

    private static DoubleTensor stochastic(UniformRandomProvider rng, int... shape) {
        int rows = shape[0];
        int size = 1;
        for (int s : shape) {
            size *= s;
        }
        int cols = size / rows;
        double[] data = new double[size];
        for (int c = 0; c < cols; c++) {
            double sum = 0.0;
            for (int r = 0; r < rows; r++) {
                data[r * cols + c] = -Math.log(1.0 - rng.nextDouble());
                sum += data[r * cols + c];
            }
            for (int r = 0; r < rows; r++) {
                data[r * cols + c] /= sum;
            }
        }
        return DoubleTensor.of(data, shape);
    }

    private static double[] distribution(UniformRandomProvider rng, int n) {
        return stochastic(rng, n).data();
    }

    @Test
    void equalsTheAgentsFixedPointInferenceOnRandomMultiFactorModels() {
        int[] ns = {3, 4, 2};
        int[][] deps = {{0}, {0, 1}, {1, 2}, {0, 1, 2}, {2}};
        for (int trial = 0; trial < 20; trial++) {
            UniformRandomProvider rng = Key.of(trial).generator();
            List<DoubleTensor> a = new ArrayList<>();
            int[] no = new int[deps.length];
            for (int m = 0; m < deps.length; m++) {
                no[m] = 2 + rng.nextInt(3);
                int[] shape = new int[deps[m].length + 1];
                shape[0] = no[m];
                for (int j = 0; j < deps[m].length; j++) {
                    shape[j + 1] = ns[deps[m][j]];
                }
                a.add(stochastic(rng, shape));
            }
            List<DoubleTensor> b = new ArrayList<>();
            for (int n : ns) {
                b.add(stochastic(rng, n, n, 2));
            }
            GenerativeModel model = GenerativeModel.builder(a, b).aDependencies(deps).build();
            BeliefUpdate update = new BeliefUpdate(model, 16);
            double[][] prior = new double[ns.length][];
            double[] flatPrior = new double[9];
            int at = 0;
            for (int f = 0; f < ns.length; f++) {
                prior[f] = distribution(rng, ns[f]);
                System.arraycopy(prior[f], 0, flatPrior, at, ns[f]);
                at += ns[f];
            }
            int[] obs = new int[deps.length];
            for (int m = 0; m < obs.length; m++) {
                obs[m] = trial % 5 == 0 && m == 3 ? -1 : rng.nextInt(no[m]);
            }
            double[][] expected = Inference.oneStep(model, Observations.oneHot(obs, model.numObs()), prior, 16);
            double[] out = new double[9];
            update.posterior(obs, flatPrior, 0, out, 0);
            at = 0;
            for (int f = 0; f < ns.length; f++) {
                for (int s = 0; s < ns[f]; s++) {
                    assertThat(out[at + s]).as("trial %d factor %d state %d", trial, f, s)
                            .isCloseTo(expected[f][s], within(1e-10));
                }
                at += ns[f];
            }
        }
    }

    @Test
    void equalsExactBayesForOneFactor() {
        UniformRandomProvider rng = Key.of(99).generator();
        GenerativeModel model = GenerativeModel.builder(List.of(stochastic(rng, 3, 5), stochastic(rng, 4, 5)),
                List.of(stochastic(rng, 5, 5, 2))).build();
        BeliefUpdate update = new BeliefUpdate(model, 16);
        double[] prior = distribution(rng, 5);
        int[] obs = {2, 1};
        double[] expected = new double[5];
        Inference.singleFactorPosterior(model, obs, prior, expected);
        double[] out = new double[5];
        update.posterior(obs, prior, 0, out, 0);
        assertThat(out).containsExactly(expected, within(1e-15));
    }
}
