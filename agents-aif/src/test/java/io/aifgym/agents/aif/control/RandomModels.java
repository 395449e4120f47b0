package io.aifgym.agents.aif.control;

import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** Random models for tests: Dirichlet(1) columns, optional sparsity, from a key's generator. */
final class RandomModels {

    private RandomModels() {
    }

    /** A tensor whose columns over axis 0 are Dirichlet(1) draws; with sparse, most entries zeroed. */
    static DoubleTensor stochastic(UniformRandomProvider rng, boolean sparse, int... shape) {
        int rows = shape[0];
        int size = 1;
        for (int s : shape) {
            size *= s;
        }
        int cols = size / rows;
        double[] data = new double[size];
        for (int c = 0; c < cols; c++) {
            double sum = 0.0;
            int keep = sparse ? rng.nextInt(rows) : -1;
            for (int r = 0; r < rows; r++) {
                double v = sparse && r != keep && rng.nextDouble() < 0.8 ? 0.0 : -Math.log(1.0 - rng.nextDouble());
                data[r * cols + c] = v;
                sum += v;
            }
            for (int r = 0; r < rows; r++) {
                data[r * cols + c] /= sum;
            }
        }
        return DoubleTensor.wrap(data, shape);
    }

    /** Positive concentrations in (lo, hi), some entries zero when withZeros. */
    static DoubleTensor concentrations(UniformRandomProvider rng, double lo, double hi, boolean withZeros, int... shape) {
        int size = 1;
        for (int s : shape) {
            size *= s;
        }
        double[] data = new double[size];
        for (int i = 0; i < size; i++) {
            data[i] = withZeros && rng.nextDouble() < 0.1 ? 0.0 : lo + (hi - lo) * rng.nextDouble();
        }
        return DoubleTensor.wrap(data, shape);
    }

    static double[] distribution(UniformRandomProvider rng, int n) {
        double[] q = new double[n];
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            q[i] = -Math.log(1.0 - rng.nextDouble());
            sum += q[i];
        }
        for (int i = 0; i < n; i++) {
            q[i] /= sum;
        }
        return q;
    }

    static DoubleTensor normal(UniformRandomProvider rng, int... shape) {
        int size = 1;
        for (int s : shape) {
            size *= s;
        }
        double[] data = new double[size];
        for (int i = 0; i < size; i++) {
            data[i] = 2.0 * rng.nextDouble() - 1.0;
        }
        return DoubleTensor.wrap(data, shape);
    }

    /**
     * A random model: factors with the given states and actions, modalities with the given
     * outcomes and dependencies, factor dependencies, preferences (time-indexed for even
     * modalities), pA and pB.
     */
    static EfeModel model(UniformRandomProvider rng, int[] ns, int[] nu, int[] no, int[][] aDeps, int[][] bDeps,
            boolean sparse, int prefRows) {
        List<DoubleTensor> a = new ArrayList<>();
        List<DoubleTensor> pa = new ArrayList<>();
        List<DoubleTensor> c = new ArrayList<>();
        for (int m = 0; m < no.length; m++) {
            int[] shape = new int[aDeps[m].length + 1];
            shape[0] = no[m];
            for (int j = 0; j < aDeps[m].length; j++) {
                shape[j + 1] = ns[aDeps[m][j]];
            }
            a.add(stochastic(rng, sparse && m == 0, shape));
            pa.add(m == 1 ? null : concentrations(rng, 0.05, 4.0, true, shape));
            c.add(m % 2 == 0 && prefRows > 1 ? normal(rng, prefRows, no[m]) : normal(rng, no[m]));
        }
        List<DoubleTensor> b = new ArrayList<>();
        List<DoubleTensor> pb = new ArrayList<>();
        for (int f = 0; f < ns.length; f++) {
            int[] shape = new int[bDeps[f].length + 2];
            shape[0] = ns[f];
            for (int j = 0; j < bDeps[f].length; j++) {
                shape[j + 1] = ns[bDeps[f][j]];
            }
            shape[shape.length - 1] = nu[f];
            b.add(stochastic(rng, sparse, shape));
            pb.add(concentrations(rng, 0.01, 3.0, true, shape));
        }
        return new EfeModel(a, b, aDeps, bDeps, c, pa, pb, null);
    }

    static double[][] beliefs(UniformRandomProvider rng, int[] ns) {
        double[][] qs = new double[ns.length][];
        for (int f = 0; f < ns.length; f++) {
            qs[f] = distribution(rng, ns[f]);
        }
        return qs;
    }
}
