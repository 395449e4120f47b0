package io.aifgym.agents.aif.inference;

import io.aifgym.agents.aif.maths.FactorDot;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.model.GenerativeModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * State inference with pymdp 1.0's semantics ({@code inference.update_posterior_states} and
 * {@code algos.py}, spec 4): the one-step methods ({@code fpi}, {@code ovf}, {@code exact})
 * and the sequence methods ({@code mmp}, {@code vmp}) over a window of observations and past
 * actions, with inference-horizon truncation, validity masks for padded windows, belief
 * histories and the free-energy diagnostic; plus the empirical prior
 * ({@code update_empirical_prior}).
 *
 * <p>Layouts: beliefs {@code qs[f][s]} for one step, {@code qs[f][t][s]} for a history or a
 * window; observations {@code obs[m][o]} or {@code obs[m][t][o]} as distributions (see
 * {@link Observations}); past actions {@code pastActions[t][f]} with {@code -1} for "no valid
 * action".
 *
 * <pre>{@code
 * double[][] qs = Inference.oneStep(model, Observations.oneHot(new int[] {o}, model.numObs()), prior, 16);
 * double[][] nextPrior = Inference.empiricalPrior(model, qs, action);
 * }</pre>
 */
public final class Inference {

    private Inference() {
    }

    /**
     * Checks that a method can run on a model (spec 1.4: {@code exact} needs one factor with
     * self-only dynamics and every modality depending on factor 0 only). Smoothing for
     * learning ({@code ovf}) additionally needs self-only dynamics, checked when it runs.
     *
     * @param method the method
     * @param model the model
     * @return every problem (empty when compatible)
     */
    public static List<String> problems(StateInference method, GenerativeModel model) {
        List<String> problems = new ArrayList<>();
        if (method instanceof StateInference.Exact) {
            if (model.numFactors() != 1) {
                problems.add("inference_algo exact: expected a single hidden-state factor, found "
                        + model.numFactors() + " (`exact` inference currently supports only a single hidden-state factor)");
            } else {
                if (!Arrays.equals(model.bDependencies(0), new int[] {0})) {
                    problems.add("inference_algo exact: expected B_dependencies == [[0]], found "
                            + Arrays.deepToString(model.bDependencies()));
                }
                for (int m = 0; m < model.numModalities(); m++) {
                    if (!Arrays.equals(model.aDependencies(m), new int[] {0})) {
                        problems.add("inference_algo exact: expected A_dependencies[" + m + "] == [0], found "
                                + Arrays.toString(model.aDependencies(m)));
                    }
                }
            }
        }
        return problems;
    }

    /**
     * {@link #problems} as an exception.
     *
     * @param method the method
     * @param model the model
     * @throws IllegalArgumentException listing the problems, if any
     */
    public static void requireCompatible(StateInference method, GenerativeModel model) {
        List<String> problems = problems(method, model);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    // ------------------------------------------------------------------ likelihoods

    /**
     * The expected log-likelihood of one modality's observation distribution over its parent
     * states: {@code LL[s...] = Σ_o obs[o] ln⁺ A[m][o, s...]} (spec 3,
     * {@code compute_log_likelihood_single_modality}).
     *
     * @param model the model
     * @param m the modality
     * @param obs the observation distribution (one-hot, probabilities, or all zero)
     * @param out where to write, the number of parent-state combinations long
     */
    public static void logLikelihood(GenerativeModel model, int m, double[] obs, double[] out) {
        int rows = model.numObs(m);
        if (obs.length != rows) {
            throw new IllegalArgumentException("obs[" + m + "]: expected " + rows + " outcome probabilities, found "
                    + obs.length);
        }
        double[] logA = model.logAData(m);
        FactorDot.vecMat(obs, logA, 0, rows, logA.length / rows, out);
    }

    /**
     * {@link #logLikelihood(GenerativeModel, int, double[], double[])} into a new array.
     *
     * @param model the model
     * @param m the modality
     * @param obs the observation distribution
     * @return the log-likelihood over the parent states of {@code A[m]}
     */
    public static double[] logLikelihood(GenerativeModel model, int m, double[] obs) {
        double[] out = new double[model.aData(m).length / model.numObs(m)];
        logLikelihood(model, m, obs, out);
        return out;
    }

    // ------------------------------------------------------------------ one step

    /**
     * One-step inference ({@code run_factorized_fpi}): one factor is the closed form
     * {@code q = σ(Σ_m LL_m + ln⁺ p)}; several factors run {@code numIter} parallel mean-field
     * updates from uniform beliefs, {@code ln q_f = ln⁺ p_f + Σ_{m ∋ f} dot(LL_m, q_others)}.
     *
     * @param model the model
     * @param obs {@code obs[m][o]}, the current observation per modality
     * @param prior {@code prior[f][s]}, the empirical prior
     * @param numIter the number of iterations (ignored for one factor)
     * @return {@code qs[f][s]}
     */
    public static double[][] oneStep(GenerativeModel model, double[][] obs, double[][] prior, int numIter) {
        int factors = model.numFactors();
        int modalities = model.numModalities();
        checkObservations(model, obs.length);
        checkPrior(model, prior);
        double[][] ll = new double[modalities][];
        for (int m = 0; m < modalities; m++) {
            ll[m] = logLikelihood(model, m, obs[m]);
        }
        if (factors == 1) {
            int ns = model.numStates(0);
            double[] logq = new double[ns];
            for (int m = 0; m < modalities; m++) {
                addLikelihoodOfFactor(model, m, ll[m], logq);
            }
            double[] q = new double[ns];
            for (int s = 0; s < ns; s++) {
                q[s] = logq[s] + Maths.logStable(prior[0][s]);
            }
            Maths.softmax(q, q);
            return new double[][] {q};
        }
        double[][] logPrior = new double[factors][];
        double[][] logq = new double[factors][];
        double[][] q = new double[factors][];
        for (int f = 0; f < factors; f++) {
            logPrior[f] = Maths.logStable(prior[f]);
            logq[f] = new double[model.numStates(f)];
            q[f] = new double[model.numStates(f)];
        }
        for (int it = 0; it < numIter; it++) {
            for (int f = 0; f < factors; f++) {
                Maths.softmax(logq[f], q[f]);
            }
            for (int f = 0; f < factors; f++) {
                double[] next = logPrior[f].clone();
                marginalLogLikelihood(model, ll, q, f, next);
                logq[f] = next;
            }
        }
        double[][] out = new double[factors][];
        for (int f = 0; f < factors; f++) {
            out[f] = Maths.softmax(logq[f]);
        }
        return out;
    }

    /**
     * The single-factor one-step posterior from outcome indices, without allocation (the hot
     * path of {@code exact} and single-factor {@code fpi}): {@code q ∝ p ⊙ Π_m A_m[o_m, :]}
     * with {@code ln⁺} clipping. Every modality must depend on factor 0 only.
     *
     * @param model a single-factor model
     * @param obs one outcome index per modality (-1: no evidence)
     * @param prior the empirical prior {@code (Ns)}
     * @param out where to write the posterior {@code (Ns)}; may be {@code prior}
     */
    public static void singleFactorPosterior(GenerativeModel model, int[] obs, double[] prior, double[] out) {
        int ns = model.numStates(0);
        for (int s = 0; s < ns; s++) {
            out[s] = Maths.logStable(prior[s]);
        }
        for (int m = 0; m < obs.length; m++) {
            int o = obs[m];
            if (o < 0 || o >= model.numObs(m)) {
                continue;
            }
            double[] logA = model.logAData(m);
            int base = o * ns;
            for (int s = 0; s < ns; s++) {
                out[s] += logA[base + s];
            }
        }
        Maths.softmax(out, 0, out, 0, ns);
    }

    /** Adds LL_m (whose parents are all factor 0, or none) to a single-factor log posterior. */
    private static void addLikelihoodOfFactor(GenerativeModel model, int m, double[] ll, double[] logq) {
        int[] deps = model.aDependencies(m);
        if (deps.length == 0) {
            for (int s = 0; s < logq.length; s++) {
                logq[s] += ll[0];
            }
            return;
        }
        for (int s = 0; s < logq.length; s++) {
            logq[s] += ll[s];
        }
    }

    /** Adds Σ_{m ∋ f} dot(LL_m, [q_d for d in depA[m], d ≠ f], keep f) to {@code acc}. */
    private static void marginalLogLikelihood(GenerativeModel model, double[][] ll, double[][] q, int f,
            double[] acc) {
        for (int m = 0; m < ll.length; m++) {
            int[] deps = model.aDependencies(m);
            int axis = indexOf(deps, f);
            if (axis < 0) {
                continue;
            }
            double[][] vectors = new double[deps.length][];
            int[] shape = new int[deps.length];
            for (int j = 0; j < deps.length; j++) {
                shape[j] = model.numStates(deps[j]);
                vectors[j] = j == axis ? null : q[deps[j]];
            }
            double[] marginal = FactorDot.contract(ll[m], shape, vectors);
            for (int s = 0; s < acc.length; s++) {
                acc[s] += marginal[s];
            }
        }
    }

    // ------------------------------------------------------------------ sequences

    /**
     * Sequence inference ({@code run_mmp} / {@code run_vmp}, spec 4.4-4.7) over a window of
     * {@code T} observations.
     *
     * @param method {@link StateInference.MarginalMessagePassing} or {@link StateInference.VariationalMessagePassing}
     * @param model the model
     * @param obs {@code obs[m][t][o]}
     * @param pastActions {@code (T-1, F)} actions ({@code -1}: no valid action), or
     *     {@code null} (then {@code T == 1} or every factor has one control)
     * @param prior {@code prior[f][s]} for the first step of the window
     * @param validSteps the number of valid trailing steps (the rest is masked padding), or 0
     *     for no masks
     * @return {@code qs[f][t][s]}
     * @throws IllegalArgumentException if the actions have the wrong shape or are missing
     */
    public static double[][][] sequence(StateInference method, GenerativeModel model, double[][][] obs,
            int[][] pastActions, double[][] prior, int validSteps) {
        if (method.kind() != InferenceKind.SEQUENCE) {
            throw new IllegalArgumentException("method: expected mmp or vmp, found " + method.pymdpName());
        }
        checkObservations(model, obs.length);
        checkPrior(model, prior);
        int steps = steps(obs);
        Masks masks = masks(steps, pastActions, validSteps, model.numFactors());
        return new SequenceSolver(model, obs, pastActions, prior, masks,
                method instanceof StateInference.MarginalMessagePassing).run(method.numIter());
    }

    /** Validity masks of a window (null arrays when no masks are used). */
    record Masks(boolean[] obsValid, boolean[] transitionValid) {
    }

    static Masks masks(int steps, int[][] pastActions, int validSteps, int factors) {
        if (pastActions != null) {
            checkPastActions(pastActions, factors, steps);
        }
        if (validSteps <= 0) {
            return new Masks(null, null);
        }
        int k = Math.min(Math.max(validSteps, 1), steps);
        boolean[] obsValid = new boolean[steps];
        for (int t = 0; t < steps; t++) {
            obsValid[t] = t >= steps - k;
        }
        boolean[] trans = new boolean[Math.max(steps - 1, 0)];
        for (int t = 0; t < trans.length; t++) {
            trans[t] = obsValid[t] && obsValid[t + 1]
                    && (pastActions == null || FreeEnergy.allNonNegative(pastActions[t]));
        }
        return new Masks(obsValid, trans);
    }

    static void checkPastActions(int[][] pastActions, int factors, int steps) {
        int expected = Math.max(steps - 1, 0);
        if (pastActions.length != expected) {
            throw new IllegalArgumentException("`past_actions` has leading dimension " + pastActions.length
                    + ", expected " + expected);
        }
        for (int[] row : pastActions) {
            if (row.length != factors) {
                throw new IllegalArgumentException("`past_actions` has second dimension " + row.length + ", expected "
                        + factors);
            }
        }
    }

    /** The message-passing state of one window. */
    private static final class SequenceSolver {

        private final GenerativeModel model;
        private final boolean mmp;
        private final int factors;
        private final int steps;
        private final double[][][] ll; // [m][t][parents]
        private final double[][] logPrior;
        private final double[][][] bc; // [f][t] conditioned transition slices, null without transitions
        private final double[][][] logBc;
        private final boolean[] valid; // transition validity, length T-1
        private final int[][] sliceShape;
        private final int[][] inverseBDeps;

        SequenceSolver(GenerativeModel model, double[][][] obs, int[][] pastActions, double[][] prior, Masks masks,
                boolean mmp) {
            this.model = model;
            this.mmp = mmp;
            this.factors = model.numFactors();
            this.steps = steps(obs);
            int modalities = model.numModalities();
            this.ll = new double[modalities][steps][];
            for (int m = 0; m < modalities; m++) {
                for (int t = 0; t < steps; t++) {
                    ll[m][t] = logLikelihood(model, m, obs[m][t]);
                    if (masks.obsValid() != null && !masks.obsValid()[t]) {
                        Arrays.fill(ll[m][t], 0.0);
                    }
                }
            }
            this.logPrior = new double[factors][];
            for (int f = 0; f < factors; f++) {
                logPrior[f] = Maths.logStable(prior[f]);
            }
            this.sliceShape = new int[factors][];
            for (int f = 0; f < factors; f++) {
                sliceShape[f] = model.bSliceShape(f);
            }
            this.inverseBDeps = new int[factors][];
            for (int f = 0; f < factors; f++) {
                List<Integer> children = new ArrayList<>();
                for (int i = 0; i < factors; i++) {
                    if (indexOf(model.bDependencies(i), f) >= 0) {
                        children.add(i);
                    }
                }
                inverseBDeps[f] = children.stream().mapToInt(Integer::intValue).toArray();
            }
            int transitions = Math.max(steps - 1, 0);
            boolean hasTransitions = pastActions != null || steps > 1;
            if (!hasTransitions) {
                bc = null;
                logBc = null;
            } else {
                bc = new double[factors][transitions][];
                logBc = new double[factors][transitions][];
                for (int f = 0; f < factors; f++) {
                    if (pastActions == null && model.numControls(f) != 1) {
                        throw new IllegalArgumentException("Sequence inference method `" + (mmp ? "mmp" : "vmp")
                                + "` requires `past_actions` when transition tensors have more than one control state "
                                + "(B[" + f + "] has " + model.numControls(f) + ")");
                    }
                    double[] neutral = null;
                    for (int t = 0; t < transitions; t++) {
                        int a = pastActions == null ? 0 : pastActions[t][f];
                        if (a >= model.numControls(f)) {
                            throw new IllegalArgumentException("past_actions[" + t + "][" + f + "]: expected an action in [0, "
                                    + model.numControls(f) + ") or -1, found " + a);
                        }
                        if (a < 0) {
                            if (neutral == null) {
                                neutral = new double[model.bData(f, 0).length];
                                Arrays.fill(neutral, 1.0 / model.numStates(f));
                            }
                            bc[f][t] = neutral;
                            logBc[f][t] = Maths.logStable(neutral);
                        } else {
                            bc[f][t] = model.bData(f, a);
                            logBc[f][t] = model.logBData(f, a);
                        }
                    }
                }
            }
            this.valid = masks.transitionValid() != null ? masks.transitionValid() : filled(transitions);
        }

        double[][][] run(int numIter) {
            double[][][] qs = new double[factors][steps][];
            for (int f = 0; f < factors; f++) {
                for (int t = 0; t < steps; t++) {
                    qs[f][t] = Maths.uniform(model.numStates(f));
                }
            }
            for (int it = 0; it < numIter; it++) {
                double[][][] next = new double[factors][steps][];
                double[][] qsT = new double[factors][];
                for (int t = 0; t < steps; t++) {
                    for (int f = 0; f < factors; f++) {
                        qsT[f] = qs[f][t];
                    }
                    for (int f = 0; f < factors; f++) {
                        int ns = model.numStates(f);
                        double[] lnA = new double[ns];
                        marginalLogLikelihood(model, column(ll, t), qsT, f, lnA);
                        double[] forward = forward(qs, f, t);
                        double[] backward = backward(qs, f, t);
                        double[] lnq = Maths.logStable(qs[f][t]);
                        double[] v = new double[ns];
                        double mean = 0.0;
                        for (int s = 0; s < ns; s++) {
                            double err = lnA[s] - lnq[s] + backward[s] + forward[s];
                            v[s] = lnq[s] + err;
                            mean += v[s];
                        }
                        mean /= ns;
                        for (int s = 0; s < ns; s++) {
                            v[s] -= mean;
                        }
                        Maths.softmax(v, v);
                        next[f][t] = v;
                    }
                }
                qs = next;
            }
            return qs;
        }

        private static double[][] column(double[][][] ll, int t) {
            double[][] out = new double[ll.length][];
            for (int m = 0; m < ll.length; m++) {
                out[m] = ll[m][t];
            }
            return out;
        }

        private boolean start(int t) {
            return t == 0 || !valid[t - 1];
        }

        /** The message from the past into step t (with MMP's half weight). */
        private double[] forward(double[][][] qs, int f, int t) {
            int ns = model.numStates(f);
            if (bc == null) {
                return mmp ? logPrior[f].clone() : new double[ns];
            }
            double[] msg;
            if (start(t)) {
                msg = logPrior[f].clone();
            } else {
                int[] deps = model.bDependencies(f);
                double[][] vectors = new double[deps.length + 1][];
                for (int j = 0; j < deps.length; j++) {
                    vectors[j + 1] = qs[deps[j]][t - 1];
                }
                msg = FactorDot.contract(mmp ? bc[f][t - 1] : logBc[f][t - 1], sliceShape[f], vectors);
                if (mmp) {
                    Maths.logStable(msg, msg);
                }
            }
            if (mmp && t < steps - 1 && valid[t]) {
                for (int s = 0; s < ns; s++) {
                    msg[s] *= 0.5;
                }
            }
            return msg;
        }

        /** The message from the future into step t. */
        private double[] backward(double[][][] qs, int f, int t) {
            int ns = model.numStates(f);
            double[] msg = new double[ns];
            if (bc == null || t >= steps - 1 || !valid[t]) {
                return msg;
            }
            double[] tmp = new double[ns];
            for (int i : inverseBDeps[f]) {
                int[] deps = model.bDependencies(i);
                double[][] vectors = new double[deps.length + 1][];
                for (int j = 0; j < deps.length; j++) {
                    vectors[j + 1] = deps[j] == f ? null : qs[deps[j]][t];
                }
                int nsNext = model.numStates(i);
                double[] marginal = FactorDot.contract(mmp ? bc[i][t] : logBc[i][t], sliceShape[i], vectors);
                // marginal is (Ns_i, Ns_f), rows = next state
                if (mmp) {
                    for (int r = 0; r < nsNext; r++) {
                        double sum = 0.0;
                        for (int c = 0; c < ns; c++) {
                            sum += marginal[r * ns + c];
                        }
                        double inv = 1.0 / Math.max(sum, Maths.EPS);
                        for (int c = 0; c < ns; c++) {
                            marginal[r * ns + c] *= inv;
                        }
                    }
                }
                FactorDot.vecMat(qs[i][t + 1], marginal, 0, nsNext, ns, tmp);
                for (int s = 0; s < ns; s++) {
                    msg[s] += mmp ? 0.5 * Maths.logStable(tmp[s]) : tmp[s];
                }
            }
            return msg;
        }

        private static boolean[] filled(int n) {
            boolean[] b = new boolean[n];
            Arrays.fill(b, true);
            return b;
        }
    }

    // ------------------------------------------------------------------ the dispatcher

    /**
     * Options of {@link #infer}: pymdp's {@code inference_horizon}, {@code valid_steps} and
     * {@code return_info}.
     *
     * @param inferenceHorizon keep only the last {@code H} beliefs (one-step) or observations
     *     (sequences); 0 for none
     * @param validSteps the number of valid trailing window steps (sequences); 0 for no masks
     * @param freeEnergy whether to compute the free-energy diagnostic
     */
    public record Options(int inferenceHorizon, int validSteps, boolean freeEnergy) {

        /** No horizon, no masks, no free energy. */
        public static final Options DEFAULT = new Options(0, 0, false);

        /**
         * Checks the values.
         *
         * @param inferenceHorizon see the record description
         * @param validSteps see the record description
         * @param freeEnergy see the record description
         */
        public Options {
            if (inferenceHorizon < 0) {
                throw new IllegalArgumentException("inferenceHorizon: expected >= 1, or 0 for none, found "
                        + inferenceHorizon);
            }
            if (validSteps < 0) {
                throw new IllegalArgumentException("validSteps: expected >= 1, or 0 for none, found " + validSteps);
            }
        }
    }

    /**
     * The result of {@link #infer}.
     *
     * @param qs {@code qs[f][t][s]}: the history (one-step methods: {@code qsHist} with the new
     *     posterior appended, truncated to the horizon) or the window posterior (sequences)
     * @param freeEnergy the diagnostic, or {@code null} when not requested
     */
    public record Result(double[][][] qs, FreeEnergy freeEnergy) {

        /**
         * The posterior of the last step.
         *
         * @return {@code qs[f][T-1]}
         */
        public double[][] last() {
            double[][] out = new double[qs.length][];
            for (int f = 0; f < qs.length; f++) {
                out[f] = qs[f][qs[f].length - 1];
            }
            return out;
        }
    }

    /**
     * pymdp's {@code update_posterior_states} for one agent (spec 4): one-step methods use the
     * last observation and the given (empirical) prior and append to {@code qsHist}; sequence
     * methods truncate the window to the horizon (the last {@code H} observations and
     * {@code H-1} actions) and run message passing with the prior of its first step.
     *
     * @param method the algorithm
     * @param model the model
     * @param obs {@code obs[m][t][o]} (one-step methods use {@code t = T-1} only)
     * @param pastActions {@code (T-1, F)} actions for sequences, else ignored (may be {@code null})
     * @param prior {@code prior[f][s]}
     * @param qsHist {@code qsHist[f][t][s]}, the history one-step methods append to, or {@code null}
     * @param options horizon, masks, free energy
     * @return the beliefs and, if asked, the free energy
     */
    public static Result infer(StateInference method, GenerativeModel model, double[][][] obs, int[][] pastActions,
            double[][] prior, double[][][] qsHist, Options options) {
        checkObservations(model, obs.length);
        int horizon = options.inferenceHorizon();
        if (method.kind() == InferenceKind.ONE_STEP) {
            double[][] current = Observations.last(obs);
            double[][] qs = oneStep(model, current, prior, method.numIter());
            double[][][] history = new double[qs.length][][];
            for (int f = 0; f < qs.length; f++) {
                int old = qsHist == null ? 0 : qsHist[f].length;
                int keep = horizon > 0 ? Math.min(old + 1, horizon) : old + 1;
                history[f] = new double[keep][];
                for (int k = 0; k < keep - 1; k++) {
                    history[f][k] = qsHist[f][old - (keep - 1) + k];
                }
                history[f][keep - 1] = qs[f];
            }
            FreeEnergy vfe = options.freeEnergy() ? FreeEnergy.singleStep(model, qs, prior, current) : null;
            return new Result(history, vfe);
        }
        double[][][] window = obs;
        int[][] actions = pastActions;
        int steps = steps(obs);
        if (horizon > 0 && steps > horizon) {
            window = new double[obs.length][][];
            for (int m = 0; m < obs.length; m++) {
                window[m] = Arrays.copyOfRange(obs[m], steps - horizon, steps);
            }
        }
        if (horizon > 0 && actions != null) {
            int keepActions = Math.max(horizon - 1, 0);
            if (actions.length > keepActions) {
                actions = Arrays.copyOfRange(actions, actions.length - keepActions, actions.length);
            }
        }
        int windowSteps = steps(window);
        Masks masks = masks(windowSteps, actions, options.validSteps(), model.numFactors());
        double[][][] qs = new SequenceSolver(model, window, actions, prior, masks,
                method instanceof StateInference.MarginalMessagePassing).run(method.numIter());
        FreeEnergy vfe = options.freeEnergy()
                ? FreeEnergy.sequence(model, qs, prior, window, actions, null, masks.obsValid(), masks.transitionValid())
                : null;
        return new Result(qs, vfe);
    }

    // ------------------------------------------------------------------ empirical prior

    /**
     * The predicted state after an action ({@code update_empirical_prior},
     * {@code compute_expected_state}): {@code q'_f = dot(B_f[..., u_f], [q_d for d in bDeps[f]], keep 0)}.
     *
     * @param model the model
     * @param qs {@code qs[f][s]}, the current beliefs
     * @param actions one action per factor
     * @return {@code q'[f][s]}
     */
    public static double[][] empiricalPrior(GenerativeModel model, double[][] qs, int[] actions) {
        int factors = model.numFactors();
        if (actions.length != factors) {
            throw new IllegalArgumentException("actions: expected one per factor (" + factors + "), found "
                    + actions.length);
        }
        double[][] out = new double[factors][];
        for (int f = 0; f < factors; f++) {
            out[f] = new double[model.numStates(f)];
            empiricalPrior(model, qs, f, actions[f], out[f]);
        }
        return out;
    }

    /**
     * One factor of {@link #empiricalPrior(GenerativeModel, double[][], int[])} without
     * allocation when the factor depends only on itself.
     *
     * @param model the model
     * @param qs {@code qs[f][s]}
     * @param f the factor
     * @param action its action
     * @param out where to write {@code q'_f} (must not alias {@code qs[f]})
     */
    public static void empiricalPrior(GenerativeModel model, double[][] qs, int f, int action, double[] out) {
        if (action < 0 || action >= model.numControls(f)) {
            throw new IllegalArgumentException("actions[" + f + "]: expected an action in [0, " + model.numControls(f)
                    + "), found " + action);
        }
        int[] deps = model.bDependencies(f);
        double[] slice = model.bData(f, action);
        int ns = model.numStates(f);
        if (deps.length == 1) {
            FactorDot.matVec(slice, 0, ns, model.parentSize(f), qs[deps[0]], out);
            return;
        }
        double[][] vectors = new double[deps.length + 1][];
        for (int j = 0; j < deps.length; j++) {
            vectors[j + 1] = qs[deps[j]];
        }
        System.arraycopy(FactorDot.contract(slice, model.bSliceShape(f), vectors), 0, out, 0, ns);
    }

    // ------------------------------------------------------------------ helpers

    static int steps(double[][][] obs) {
        int steps = obs[0].length;
        for (int m = 1; m < obs.length; m++) {
            if (obs[m].length != steps) {
                throw new IllegalArgumentException("obs[" + m + "]: expected " + steps + " time steps like obs[0], found "
                        + obs[m].length);
            }
        }
        if (steps == 0) {
            throw new IllegalArgumentException("obs: expected at least one time step, found none");
        }
        return steps;
    }

    private static void checkObservations(GenerativeModel model, int n) {
        if (n != model.numModalities()) {
            throw new IllegalArgumentException("obs: expected one entry per modality (" + model.numModalities()
                    + "), found " + n);
        }
    }

    private static void checkPrior(GenerativeModel model, double[][] prior) {
        if (prior.length != model.numFactors()) {
            throw new IllegalArgumentException("`empirical_prior` has " + prior.length + " factor(s), expected "
                    + model.numFactors());
        }
        for (int f = 0; f < prior.length; f++) {
            if (prior[f].length != model.numStates(f)) {
                throw new IllegalArgumentException("prior[" + f + "]: expected " + model.numStates(f)
                        + " probabilities, found " + prior[f].length);
            }
        }
    }

    static int indexOf(int[] values, int v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
