package io.aifgym.agents.aif.learning;

import io.aifgym.agents.aif.inference.BeliefSmoothing;
import io.aifgym.agents.aif.inference.Smoothing;
import io.aifgym.agents.aif.inference.StateInference;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.agents.aif.model.ModelBatch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * pymdp's {@code Agent.infer_parameters} (spec 7.3): learning {@code A} and/or {@code B} from
 * a trajectory of beliefs, observations and actions, returning a NEW model.
 *
 * <p>With {@code T} = the number of belief steps, the actions are cut to the first
 * {@code T-1} ({@code a_t} leads from step {@code t} to {@code t+1}); a transition is valid
 * when every factor's action is non-negative. For smoothing methods ({@code exact},
 * {@code ovf}) the beliefs are first smoothed backwards (when smoothing is possible: actions
 * given, {@code T > 1}, and some transition valid) and {@code A} is learned from the smoothed
 * marginals, {@code B} from the smoothed pairwise joints; otherwise {@code A} is learned from
 * the given beliefs and {@code B} from outer products of consecutive beliefs. Joints of invalid
 * transitions count nothing.
 *
 * <pre>{@code
 * GenerativeModel learned = ParameterLearning.inferParameters(model, StateInference.exact(),
 *         ParameterLearning.Options.of(false, true), filteredBeliefs, observations, actions, null);
 * }</pre>
 */
public final class ParameterLearning {

    private ParameterLearning() {
    }

    /**
     * What to learn and how fast.
     *
     * @param learnA whether to learn {@code A} (needs {@code pA})
     * @param learnB whether to learn {@code B} (needs {@code pB})
     * @param lrA the learning rate of {@code pA} (pymdp's {@code lr_pA})
     * @param lrB the learning rate of {@code pB} (pymdp's {@code lr_pB})
     * @param mask unmasked counts (pymdp 1.0, the default) or the legacy structural mask
     */
    public record Options(boolean learnA, boolean learnB, double lrA, double lrB, CountMask mask) {

        /**
         * Checks the rates.
         *
         * @param learnA see the record description
         * @param learnB see the record description
         * @param lrA see the record description
         * @param lrB see the record description
         * @param mask see the record description
         */
        public Options {
            Objects.requireNonNull(mask, "mask");
            if (!(lrA >= 0.0) || Double.isInfinite(lrA)) {
                throw new IllegalArgumentException("lrA: expected a finite non-negative learning rate, found " + lrA);
            }
            if (!(lrB >= 0.0) || Double.isInfinite(lrB)) {
                throw new IllegalArgumentException("lrB: expected a finite non-negative learning rate, found " + lrB);
            }
        }

        /**
         * Learning rates 1 and pymdp 1.0's unmasked counts.
         *
         * @param learnA whether to learn {@code A}
         * @param learnB whether to learn {@code B}
         * @return the options
         */
        public static Options of(boolean learnA, boolean learnB) {
            return new Options(learnA, learnB, 1.0, 1.0, CountMask.NONE);
        }
    }

    /**
     * {@code infer_parameters} for one agent.
     *
     * @param model the model
     * @param method the agent's inference method (decides the smoothing)
     * @param options what to learn
     * @param beliefsA {@code [f][T][s]}: beliefs for A learning (the filtered history)
     * @param observations {@code [m][T][o]}: observation distributions ({@code T} steps)
     * @param actions {@code [t][f]}: at least {@code T-1} rows (extra rows are ignored), or
     *     {@code null} (then {@code B} is not learned)
     * @param beliefsB {@code [f][T'][s]}: beliefs for B learning and smoothing, or {@code null}
     *     to use {@code beliefsA}
     * @return the new model (the same instance when nothing is learned)
     * @throws IllegalStateException if learning a part whose prior is missing
     */
    public static GenerativeModel inferParameters(GenerativeModel model, StateInference method, Options options,
            double[][][] beliefsA, double[][][] observations, int[][] actions, double[][][] beliefsB) {
        double[][][] seq = beliefsB != null ? beliefsB : beliefsA;
        int[][] acts = cutActions(actions, steps(seq));
        return inferParameters(model, method, options, beliefsA, observations, acts, beliefsB,
                canSmooth(acts, steps(seq)));
    }

    /**
     * {@code infer_parameters} for a batch: agent {@code i} learns from element {@code i} of
     * each list. As in pymdp, smoothing and B learning happen for the whole batch iff some
     * agent has a valid transition (spec 9.6); per-agent masks still zero invalid transitions.
     *
     * @param batch the models
     * @param method the agents' inference method
     * @param options what to learn
     * @param beliefsA per agent {@code [f][T][s]}
     * @param observations per agent {@code [m][T][o]}
     * @param actions per agent {@code [t][f]} (or {@code null} for the whole list)
     * @param beliefsB per agent, or {@code null} for the whole list
     * @return the new batch
     */
    public static ModelBatch inferParameters(ModelBatch batch, StateInference method, Options options,
            List<double[][][]> beliefsA, List<double[][][]> observations, List<int[][]> actions,
            List<double[][][]> beliefsB) {
        int n = batch.batchSize();
        requireSize(beliefsA, n, "beliefsA");
        requireSize(observations, n, "observations");
        if (actions != null) {
            requireSize(actions, n, "actions");
        }
        if (beliefsB != null) {
            requireSize(beliefsB, n, "beliefsB");
        }
        List<int[][]> cut = new ArrayList<>(n);
        boolean anyCanSmooth = false;
        for (int i = 0; i < n; i++) {
            double[][][] seq = beliefsB != null ? beliefsB.get(i) : beliefsA.get(i);
            int[][] acts = actions == null ? null : cutActions(actions.get(i), steps(seq));
            cut.add(acts);
            anyCanSmooth |= canSmooth(acts, steps(seq));
        }
        final boolean smooth = anyCanSmooth;
        return batch.map(i -> inferParameters(batch.agent(i), method, options, beliefsA.get(i), observations.get(i),
                cut.get(i), beliefsB == null ? null : beliefsB.get(i), smooth && cut.get(i) != null
                        && cut.get(i).length == steps(beliefsB != null ? beliefsB.get(i) : beliefsA.get(i)) - 1));
    }

    private static GenerativeModel inferParameters(GenerativeModel model, StateInference method, Options options,
            double[][][] beliefsA, double[][][] observations, int[][] acts, double[][][] beliefsB,
            boolean canSmooth) {
        if (!options.learnA() && !options.learnB()) {
            return model;
        }
        double[][][] seq = beliefsB != null ? beliefsB : beliefsA;
        boolean[] valid = acts == null ? null : validTransitions(acts);
        double[][][] marginals;
        double[][][] joints = null;
        Smoothing smoothing = method.smoothing();
        if (smoothing != Smoothing.NONE) {
            if (canSmooth) {
                BeliefSmoothing.Result smoothed = BeliefSmoothing.smooth(smoothing, model, seq, acts);
                marginals = smoothed.marginals();
                joints = maskJoints(smoothed.joints(), valid);
            } else {
                marginals = seq;
            }
        } else {
            marginals = beliefsA;
            if (options.learnB() && canSmooth) {
                joints = maskJoints(DirichletLearning.meanFieldJoints(seq, model.bDependencies()), valid);
            }
        }
        GenerativeModel out = model;
        if (options.learnA()) {
            out = DirichletLearning.updateA(out, observations, marginals, options.lrA(), options.mask());
        }
        if (options.learnB() && canSmooth) {
            out = DirichletLearning.updateB(out, joints, acts, options.lrB(), options.mask());
        }
        return out;
    }

    private static int steps(double[][][] beliefs) {
        if (beliefs == null || beliefs.length == 0) {
            throw new IllegalArgumentException("beliefs: expected one (T, Ns) array per factor, found none");
        }
        return beliefs[0].length;
    }

    private static int[][] cutActions(int[][] actions, int steps) {
        if (actions == null) {
            return null;
        }
        int keep = Math.max(steps - 1, 0);
        return actions.length > keep ? Arrays.copyOf(actions, keep) : actions;
    }

    private static boolean canSmooth(int[][] acts, int steps) {
        if (acts == null || steps <= 1 || acts.length != steps - 1) {
            return false;
        }
        for (boolean v : validTransitions(acts)) {
            if (v) {
                return true;
            }
        }
        return false;
    }

    private static boolean[] validTransitions(int[][] acts) {
        boolean[] valid = new boolean[acts.length];
        for (int t = 0; t < acts.length; t++) {
            valid[t] = true;
            for (int a : acts[t]) {
                valid[t] &= a >= 0;
            }
        }
        return valid;
    }

    private static double[][][] maskJoints(double[][][] joints, boolean[] valid) {
        double[][][] out = new double[joints.length][][];
        for (int f = 0; f < joints.length; f++) {
            out[f] = new double[joints[f].length][];
            for (int t = 0; t < joints[f].length; t++) {
                out[f][t] = valid[t] ? joints[f][t] : new double[joints[f][t].length];
            }
        }
        return out;
    }

    private static void requireSize(List<?> list, int n, String name) {
        if (list.size() != n) {
            throw new IllegalArgumentException(name + ": expected one entry per agent (" + n + "), found " + list.size());
        }
    }
}
