package io.aifgym.agents.aif.inference;

import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.Arrays;
import java.util.List;

/**
 * Backward smoothing of filtered belief histories for parameter learning (pymdp's
 * {@code inference.smoothing_exact} and {@code inference.smoothing_ovf}, spec 7.3): each
 * factor's transitions are conditioned on the past actions, an invalid action ({@code < 0})
 * using the identity, and the filtered beliefs are smoothed backwards from the last one.
 *
 * <p>Both need self-only dynamics ({@code B[f]} of shape {@code (Ns, Ns, Nu)}); exact
 * smoothing also needs a single factor.
 */
public final class BeliefSmoothing {

    private BeliefSmoothing() {
    }

    /**
     * Smoothed beliefs of every factor.
     *
     * @param marginals {@code [f][t][s]}: {@code (T, Ns[f])} per factor
     * @param joints {@code [f][t]}: {@code (T-1)} flat pairwise posteriors {@code (Ns_next, Ns_curr)} per factor
     */
    public record Result(double[][][] marginals, double[][][] joints) {
    }

    /**
     * Smoothing for a method ({@link Smoothing#EXACT} or {@link Smoothing#OVF}).
     *
     * @param smoothing which smoothing
     * @param model the model
     * @param filtered {@code [f][t][s]}, the filtered beliefs
     * @param pastActions {@code (T-1, F)} actions ({@code -1}: identity transition)
     * @return the smoothed marginals and joints
     * @throws IllegalArgumentException for {@link Smoothing#NONE} or an unsupported model
     */
    public static Result smooth(Smoothing smoothing, GenerativeModel model, double[][][] filtered, int[][] pastActions) {
        return switch (smoothing) {
            case EXACT -> exact(model, filtered, pastActions);
            case OVF -> ovf(model, filtered, pastActions);
            case NONE -> throw new IllegalArgumentException("smoothing: expected EXACT or OVF, found NONE");
        };
    }

    /**
     * Exact single-factor HMM smoothing ({@code smoothing_exact}).
     *
     * @param model a single-factor model with self-only dynamics
     * @param filtered {@code [1][T][Ns]}
     * @param pastActions {@code (T-1, 1)}
     * @return the smoothed marginals and joints
     */
    public static Result exact(GenerativeModel model, double[][][] filtered, int[][] pastActions) {
        if (filtered.length != 1 || model.numFactors() != 1) {
            throw new IllegalArgumentException("smoothing_exact currently supports only one hidden-state factor, found "
                    + Math.max(filtered.length, model.numFactors()));
        }
        double[][] transitions = conditioned(model, 0, filtered[0].length, pastActions);
        HiddenMarkov.Smoothed s = HiddenMarkov.smoothFiltered(filtered[0], transitions);
        return new Result(new double[][][] {s.marginals()}, new double[][][] {s.joints()});
    }

    /**
     * Online-variational-filtering smoothing, factor by factor ({@code smoothing_ovf}).
     *
     * @param model a model with self-only dynamics
     * @param filtered {@code [f][T][Ns[f]]}
     * @param pastActions {@code (T-1, F)}
     * @return the smoothed marginals and joints
     */
    public static Result ovf(GenerativeModel model, double[][][] filtered, int[][] pastActions) {
        int factors = model.numFactors();
        if (filtered.length != factors) {
            throw new IllegalArgumentException("filtered_post: expected one entry per factor (" + factors + "), found "
                    + filtered.length);
        }
        double[][][] marginals = new double[factors][][];
        double[][][] joints = new double[factors][][];
        for (int f = 0; f < factors; f++) {
            HiddenMarkov.Smoothed s = HiddenMarkov.smoothOvf(filtered[f],
                    conditioned(model, f, filtered[f].length, pastActions));
            marginals[f] = s.marginals();
            joints[f] = s.joints();
        }
        return new Result(marginals, joints);
    }

    /**
     * Smoothing on raw transition tensors (no model needed), as pymdp's functions take them.
     *
     * @param smoothing {@link Smoothing#EXACT} or {@link Smoothing#OVF}
     * @param B per factor a {@code (Ns, Ns, Nu)} transition tensor (self-only dynamics)
     * @param filtered {@code [f][t][s]}
     * @param pastActions {@code (T-1, F)} actions ({@code -1}: identity)
     * @return the smoothed marginals and joints
     */
    public static Result smooth(Smoothing smoothing, List<DoubleTensor> B, double[][][] filtered,
            int[][] pastActions) {
        int factors = B.size();
        if (filtered.length != factors) {
            throw new IllegalArgumentException("filtered_post: expected one entry per factor (" + factors + "), found "
                    + filtered.length);
        }
        if (smoothing == Smoothing.NONE) {
            throw new IllegalArgumentException("smoothing: expected EXACT or OVF, found NONE");
        }
        if (smoothing == Smoothing.EXACT && factors != 1) {
            throw new IllegalArgumentException("smoothing_exact currently supports only one hidden-state factor, found "
                    + factors);
        }
        double[][][] marginals = new double[factors][][];
        double[][][] joints = new double[factors][][];
        for (int f = 0; f < factors; f++) {
            DoubleTensor b = B.get(f);
            if (b.rank() != 3 || b.dim(0) != b.dim(1)) {
                throw new IllegalArgumentException("B[" + f + "]: smoothing requires square 2D transitions after action "
                        + "selection, found shape " + Arrays.toString(b.shape()));
            }
            int ns = b.dim(0);
            int nu = b.dim(2);
            double[][] slices = new double[nu][ns * ns];
            double[] d = b.unsafeData();
            for (int i = 0; i < ns * ns; i++) {
                for (int u = 0; u < nu; u++) {
                    slices[u][i] = d[i * nu + u];
                }
            }
            double[][] transitions = conditioned(slices, ns, f, factors, filtered[f].length, pastActions);
            HiddenMarkov.Smoothed s = smoothing == Smoothing.EXACT
                    ? HiddenMarkov.smoothFiltered(filtered[f], transitions)
                    : HiddenMarkov.smoothOvf(filtered[f], transitions);
            marginals[f] = s.marginals();
            joints[f] = s.joints();
        }
        return new Result(marginals, joints);
    }

    /** B[f][:, :, a_t] per transition, the identity for a < 0. */
    static double[][] conditioned(GenerativeModel model, int f, int steps, int[][] pastActions) {
        if (!Arrays.equals(model.bDependencies(f), new int[] {f})) {
            throw new IllegalArgumentException("smoothing requires square 2D transitions after action selection: "
                    + "B_dependencies[" + f + "] = " + Arrays.toString(model.bDependencies(f)));
        }
        int transitions = Math.max(steps - 1, 0);
        if (pastActions == null) {
            if (transitions > 0) {
                throw new IllegalArgumentException("past_actions: expected " + transitions + " rows, found none");
            }
            return new double[0][];
        }
        double[][] slices = new double[model.numControls(f)][];
        for (int u = 0; u < slices.length; u++) {
            slices[u] = model.bData(f, u);
        }
        return conditioned(slices, model.numStates(f), f, model.numFactors(), steps, pastActions);
    }

    private static double[][] conditioned(double[][] slices, int ns, int f, int factors, int steps,
            int[][] pastActions) {
        int transitions = Math.max(steps - 1, 0);
        if (pastActions == null) {
            if (transitions > 0) {
                throw new IllegalArgumentException("past_actions: expected " + transitions + " rows, found none");
            }
            return new double[0][];
        }
        Inference.checkPastActions(pastActions, factors, steps);
        double[] identity = null;
        double[][] out = new double[transitions][];
        for (int t = 0; t < transitions; t++) {
            int a = pastActions[t][f];
            if (a >= slices.length) {
                throw new IllegalArgumentException("past_actions[" + t + "][" + f + "]: expected an action in [0, "
                        + slices.length + ") or -1, found " + a);
            }
            if (a < 0) {
                if (identity == null) {
                    identity = new double[ns * ns];
                    for (int i = 0; i < ns; i++) {
                        identity[i * ns + i] = 1.0;
                    }
                }
                out[t] = identity;
            } else {
                out[t] = slices[a];
            }
        }
        return out;
    }
}
