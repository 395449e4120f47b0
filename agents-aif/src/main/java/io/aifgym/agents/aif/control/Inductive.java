package io.aifgym.agents.aif.control;

import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Inductive planning (spec 5.6, pymdp's {@code generate_I_matrix} and
 * {@code calc_inductive_value_t}): backward reachability of goal states, and the penalty on
 * predicted mass that leaves the shortest path to a goal.
 *
 * <pre>{@code
 * List<DoubleTensor> I = Inductive.matrices(H, B, 0.1, 4);   // rows: goal, one step away, ...
 * EfeModel model = model.withInductive(I);                    // with EfeOptions.useInductive()
 * }</pre>
 */
public final class Inductive {

    private Inductive() {
    }

    /**
     * The inductive matrices: for each factor {@code f}, {@code I_f[0] = H[f]} and row
     * {@code k} marks (with 1) the states from which some action reaches, with probability
     * above {@code threshold} (strictly), a state marked in row {@code k - 1}.
     *
     * @param H the goal vectors, one {@code (Ns[f])} per factor (1 = goal)
     * @param B the transitions, each {@code (Ns[f], Ns[f], Nu[f])} (self dependencies only)
     * @param threshold the reachability threshold on transition probabilities
     * @param depth the number of rows, at least 1
     * @return one {@code (depth, Ns[f])} matrix per factor
     * @throws IllegalArgumentException if {@code depth < 1} or the shapes disagree
     */
    public static List<DoubleTensor> matrices(List<DoubleTensor> H, List<DoubleTensor> B, double threshold,
            int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth: expected at least 1, found " + depth);
        }
        if (H.size() != B.size()) {
            throw new IllegalArgumentException("H: expected one goal vector per factor (" + B.size() + "), found "
                    + H.size());
        }
        List<DoubleTensor> out = new ArrayList<>(H.size());
        for (int f = 0; f < H.size(); f++) {
            DoubleTensor bf = B.get(f);
            int[] shape = bf.shape();
            if (shape.length != 3 || shape[0] != shape[1]) {
                throw new IllegalArgumentException("B[" + f + "]: expected shape [Ns, Ns, Nu] for inductive planning, "
                        + "found " + Arrays.toString(shape));
            }
            int ns = shape[0];
            int nu = shape[2];
            DoubleTensor hf = H.get(f);
            if (hf.rank() != 1 || hf.dim(0) != ns) {
                throw new IllegalArgumentException("H[" + f + "]: expected shape [" + ns + "], found "
                        + Arrays.toString(hf.shape()));
            }
            double[] b = bf.unsafeData();
            // reachable[prev][next]: some action moves prev -> next with probability > threshold
            boolean[][] reachable = new boolean[ns][ns];
            for (int next = 0; next < ns; next++) {
                for (int prev = 0; prev < ns; prev++) {
                    for (int u = 0; u < nu; u++) {
                        if (b[(next * ns + prev) * nu + u] > threshold) {
                            reachable[prev][next] = true;
                            break;
                        }
                    }
                }
            }
            double[] rows = new double[depth * ns];
            System.arraycopy(hf.unsafeData(), 0, rows, 0, ns);
            for (int k = 1; k < depth; k++) {
                for (int prev = 0; prev < ns; prev++) {
                    double s = 0.0;
                    for (int next = 0; next < ns; next++) {
                        if (reachable[prev][next]) {
                            s += rows[(k - 1) * ns + next];
                        }
                    }
                    rows[k * ns + prev] = s > 0.0 ? 1.0 : 0.0;
                }
            }
            out.add(DoubleTensor.wrap(rows, depth, ns));
        }
        return out;
    }

    /**
     * The per-state inductive value of one factor for a planning episode anchored on the
     * beliefs {@code q0}: with {@code i* = argmax q0} and {@code col = I[:, i*]},
     * {@code m = max(argmax(col) - 1, 0)}, the vector {@code (1 - I[m, :]) ln⁺(epsilon)}, scaled
     * by {@code min(1, Σ col)}; its dot product with a predicted belief is the step's value.
     *
     * @param I the factor's inductive matrix {@code (depth, Ns)}
     * @param q0 the factor's beliefs at the start of planning
     * @param epsilon the inductive epsilon
     * @return the penalty vector, or null when no goal is reachable from {@code i*} (value 0)
     */
    public static double[] penalty(DoubleTensor I, double[] q0, double epsilon) {
        int depth = I.dim(0);
        int ns = I.dim(1);
        if (q0.length != ns) {
            throw new IllegalArgumentException("q0: expected length " + ns + ", found " + q0.length);
        }
        double[] data = I.unsafeData();
        int anchor = Maths.argmax(q0);
        int best = 0;
        double bestValue = data[anchor];
        double colSum = 0.0;
        for (int k = 0; k < depth; k++) {
            double v = data[k * ns + anchor];
            colSum += v;
            if (v > bestValue) {
                bestValue = v;
                best = k;
            }
        }
        double reachable = Math.min(1.0, Math.max(0.0, colSum));
        if (reachable == 0.0) {
            return null;
        }
        int m = Math.max(best - 1, 0);
        double logEps = Maths.logStable(epsilon);
        double[] out = new double[ns];
        for (int s = 0; s < ns; s++) {
            out[s] = reachable * ((1.0 - data[m * ns + s]) * logEps);
        }
        return out;
    }
}
