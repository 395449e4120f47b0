package io.aifgym.agents.aif.agent;

import io.aifgym.agents.aif.control.ActionSelection;
import io.aifgym.agents.aif.control.EfeOptions;
import io.aifgym.agents.aif.control.NoveltyForm;
import io.aifgym.agents.aif.control.PreferenceForm;
import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.agents.aif.control.StateInfoGainForm;
import io.aifgym.agents.aif.inference.StateInference;
import io.aifgym.agents.aif.learning.CountMask;
import io.aifgym.agents.aif.learning.ParameterLearning;
import io.aifgym.agents.aif.planning.PolicySearch;
import io.aifgym.agents.aif.planning.Replanning;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of an {@link AifAgent}, bound from JSON or YAML through the canonical
 * constructor; every default is pymdp 1.0's {@code Agent} default (spec 2.1) unless noted.
 * {@code null} in an object-typed field means its default.
 *
 * <pre>{@code
 * AifConfig config = AifConfig.DEFAULT
 *         .withPolicyLen(3)
 *         .withInference(AifConfig.Algorithm.EXACT, 1)
 *         .withInformationGain(true, true)
 *         .withLearning(AifConfig.LearningMode.OFFLINE, false, true);
 * AifConfig deep = AifConfig.DEFAULT
 *         .withPolicySearch(PolicySearch.Sophisticated.DEFAULT.withHorizon(5))
 *         .withReplanning(Replanning.every(2));
 * }</pre>
 *
 * <p>In a config file the search is chosen by {@code policySearch} and its parameters sit
 * beside it, so that a file's fields merge over the defaults field by field:
 * {@code policySearch: si}, {@code si: {horizon: 5, maxNodes: 5000}},
 * {@code replanning: {every: 3, beliefThreshold: 0.1}}.
 *
 * @param policyLen the planning depth {@code L}, at least 1 (default 1)
 * @param inferenceAlgorithm the state-inference algorithm (default {@link Algorithm#FPI})
 * @param numIter the variational iterations of fpi, ovf, mmp and vmp, at least 1 (default 16;
 *     ignored by exact and by single-factor fpi/ovf)
 * @param inferenceHorizon the window of the sequence methods and of online smoothing, at least
 *     1, or null (default) for 32 steps (pymdp's cap; see {@link AifAgent})
 * @param gamma the policy precision, finite and non-negative (default 1; legacy 16)
 * @param alpha the action precision of stochastic selection, finite and non-negative (default 1)
 * @param actionSelection deterministic (argmax, default) or stochastic with {@code alpha}
 * @param samplingMode select a policy and emit its first action ({@link SamplingMode#FULL},
 *     default) or select per factor from the action marginals ({@link SamplingMode#MARGINAL})
 * @param useUtility include the expected utility (default true)
 * @param useStatesInfoGain include the state information gain (default true)
 * @param useParamInfoGain include the parameter information gain of whichever of pA and pB the
 *     model has (default false)
 * @param novelty the Dirichlet weights of the parameter information gain: pymdp 1.0's exact
 *     form (default) or SPM's {@code wnorm}
 * @param inductive inductive planning (default off; spec 5.6)
 * @param learnA learn A from pA (default false)
 * @param learnB learn B from pB (default false)
 * @param learnD learn D from pD at the end of each episode (legacy and SPM; default false)
 * @param lrA the learning rate of pA, finite and non-negative (default 1)
 * @param lrB the learning rate of pB, finite and non-negative (default 1)
 * @param lrD the learning rate of pD, finite and non-negative (default 1)
 * @param learningMode when learning happens (default {@link LearningMode#ONLINE})
 * @param legacy forms of the NumPy package and SPM where they differ from pymdp 1.0 (default
 *     {@link Legacy#NONE}: all pymdp 1.0)
 * @param model how {@link AifAgentProvider} builds the model from an env (default
 *     {@link ModelPriors#DEFAULT}: the env's true A, B, D, no Dirichlet priors, uniform C)
 * @param batchThreads threads over which {@link AifAgent#actBatch} spreads the agents, at least
 *     1 (default 1); results do not depend on it
 * @param policySearch how the agent plans (issue 7): {@code enumerate} every policy of
 *     {@code policyLen} steps (default, pymdp's policy inference), {@code si} sophisticated
 *     inference with the parameters {@code si}, or {@code mcts} Gumbel MuZero with the
 *     parameters {@code mcts}; names in any case
 * @param si the parameters of sophisticated inference, used when {@code policySearch} is
 *     {@code si} (default {@link PolicySearch.Sophisticated#DEFAULT}, pymdp's)
 * @param mcts the parameters of the Gumbel MuZero search, used when {@code policySearch} is
 *     {@code mcts} (default {@link PolicySearch.Mcts#DEFAULT}, pymdp's)
 * @param replanning when the agent searches again rather than acting on its stored plan
 *     (default {@link Replanning#EVERY_STEP}, pymdp's: search at every step)
 */
public record AifConfig(int policyLen, Algorithm inferenceAlgorithm, int numIter, Integer inferenceHorizon,
        double gamma, double alpha, Selection actionSelection, SamplingMode samplingMode, boolean useUtility,
        boolean useStatesInfoGain, boolean useParamInfoGain, NoveltyForm novelty, Inductive inductive,
        boolean learnA, boolean learnB, boolean learnD, double lrA, double lrB, double lrD,
        LearningMode learningMode, Legacy legacy, ModelPriors model, int batchThreads,
        PolicySearch.Kind policySearch, PolicySearch.Sophisticated si, PolicySearch.Mcts mcts,
        Replanning replanning) {

    /** pymdp 1.0's defaults (spec 2.1) and the env's true model. */
    public static final AifConfig DEFAULT = new AifConfig(1, Algorithm.FPI, StateInference.DEFAULT_NUM_ITER, null,
            1.0, 1.0, Selection.DETERMINISTIC, SamplingMode.FULL, true, true, false, NoveltyForm.EXACT,
            Inductive.OFF, false, false, false, 1.0, 1.0, 1.0, LearningMode.ONLINE, Legacy.NONE,
            ModelPriors.DEFAULT, 1, PolicySearch.Kind.ENUMERATE, PolicySearch.Sophisticated.DEFAULT,
            PolicySearch.Mcts.DEFAULT, Replanning.EVERY_STEP);

    /** The longest planning depth accepted ({@link AifAgent} also bounds the policy count). */
    public static final int MAX_POLICY_LEN = 64;

    /** The window length of sequence methods and online smoothing when no horizon is set (pymdp's cap). */
    public static final int DEFAULT_WINDOW = 32;

    /**
     * Validates every field and fills the defaults of null object fields.
     *
     * @param policyLen see the record description
     * @param inferenceAlgorithm see the record description
     * @param numIter see the record description
     * @param inferenceHorizon see the record description
     * @param gamma see the record description
     * @param alpha see the record description
     * @param actionSelection see the record description
     * @param samplingMode see the record description
     * @param useUtility see the record description
     * @param useStatesInfoGain see the record description
     * @param useParamInfoGain see the record description
     * @param novelty see the record description
     * @param inductive see the record description
     * @param learnA see the record description
     * @param learnB see the record description
     * @param learnD see the record description
     * @param lrA see the record description
     * @param lrB see the record description
     * @param lrD see the record description
     * @param learningMode see the record description
     * @param legacy see the record description
     * @param model see the record description
     * @param batchThreads see the record description
     * @param policySearch see the record description
     * @param si see the record description
     * @param mcts see the record description
     * @param replanning see the record description
     */
    public AifConfig {
        if (policyLen < 1 || policyLen > MAX_POLICY_LEN) {
            throw new IllegalArgumentException("policyLen: expected a planning depth in [1, " + MAX_POLICY_LEN
                    + "], found " + policyLen);
        }
        inferenceAlgorithm = inferenceAlgorithm == null ? Algorithm.FPI : inferenceAlgorithm;
        if (numIter < 1) {
            throw new IllegalArgumentException("numIter: expected at least 1 iteration, found " + numIter);
        }
        if (inferenceHorizon != null && inferenceHorizon < 1) {
            throw new IllegalArgumentException("inferenceHorizon: expected at least 1 step, or null for none, found "
                    + inferenceHorizon);
        }
        nonNegative(gamma, "gamma", "precision");
        nonNegative(alpha, "alpha", "precision");
        actionSelection = actionSelection == null ? Selection.DETERMINISTIC : actionSelection;
        samplingMode = samplingMode == null ? SamplingMode.FULL : samplingMode;
        novelty = novelty == null ? NoveltyForm.EXACT : novelty;
        inductive = inductive == null ? Inductive.OFF : inductive;
        nonNegative(lrA, "lrA", "learning rate");
        nonNegative(lrB, "lrB", "learning rate");
        nonNegative(lrD, "lrD", "learning rate");
        learningMode = learningMode == null ? LearningMode.ONLINE : learningMode;
        legacy = legacy == null ? Legacy.NONE : legacy;
        model = model == null ? ModelPriors.DEFAULT : model;
        if (batchThreads < 1) {
            throw new IllegalArgumentException("batchThreads: expected at least 1 thread, found " + batchThreads);
        }
        policySearch = policySearch == null ? PolicySearch.Kind.ENUMERATE : policySearch;
        si = si == null ? PolicySearch.Sophisticated.DEFAULT : si;
        mcts = mcts == null ? PolicySearch.Mcts.DEFAULT : mcts;
        replanning = replanning == null ? Replanning.EVERY_STEP : replanning;
    }

    private static void nonNegative(double value, String field, String what) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + ": expected a finite non-negative " + what + ", found " + value);
        }
    }

    // ------------------------------------------------------------------ derived values

    /** @return the state-inference algorithm with its iteration count */
    public StateInference stateInference() {
        return inferenceAlgorithm.of(numIter);
    }

    /** @return the window length of sequence methods and online smoothing ({@link #DEFAULT_WINDOW} without a horizon) */
    public int window() {
        return inferenceHorizon == null ? DEFAULT_WINDOW : inferenceHorizon;
    }

    /** @return the terms and forms of the expected free energy */
    public EfeOptions efeOptions() {
        return new EfeOptions(useUtility, useStatesInfoGain, useParamInfoGain, inductive.enabled(),
                legacy.preferences(), legacy.stateInfoGain(), novelty, inductive.epsilon());
    }

    /** @return the action selection rule */
    public ActionSelection selection() {
        return actionSelection == Selection.STOCHASTIC ? ActionSelection.stochastic(alpha)
                : ActionSelection.deterministic();
    }

    /** @return what Dirichlet learning updates and how fast */
    public ParameterLearning.Options learningOptions() {
        return new ParameterLearning.Options(learnA, learnB, lrA, lrB, legacy.countMask());
    }

    /**
     * The policy search the agent plans with: {@code policySearch} with its parameters
     * ({@code policyLen} for enumerate, {@code si} or {@code mcts}).
     *
     * @return the search
     */
    public PolicySearch search() {
        return PolicySearch.of(policySearch, policyLen, si, mcts);
    }

    /** @return whether any parameter is learned at all (a learning mode other than NONE and some learn flag) */
    public boolean learns() {
        return learningMode != LearningMode.NONE && (learnA || learnB || learnD);
    }

    // ------------------------------------------------------------------ copies with changes

    /**
     * @param length the planning depth
     * @return the same config with that depth
     */
    public AifConfig withPolicyLen(int length) {
        return new AifConfig(length, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, learnA, learnB,
                learnD, lrA, lrB, lrD, learningMode, legacy, model, batchThreads,
                policySearch, si, mcts, replanning);
    }

    /**
     * @param algorithm the state-inference algorithm
     * @param iterations its iteration count
     * @return the same config with that inference
     */
    public AifConfig withInference(Algorithm algorithm, int iterations) {
        return new AifConfig(policyLen, algorithm, iterations, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, learnA, learnB,
                learnD, lrA, lrB, lrD, learningMode, legacy, model, batchThreads,
                policySearch, si, mcts, replanning);
    }

    /**
     * @param horizon the window length, or null for the default
     * @return the same config with that inference horizon
     */
    public AifConfig withInferenceHorizon(Integer horizon) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, horizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, learnA, learnB,
                learnD, lrA, lrB, lrD, learningMode, legacy, model, batchThreads,
                policySearch, si, mcts, replanning);
    }

    /**
     * @param policyPrecision gamma
     * @param actionPrecision alpha
     * @return the same config with those precisions
     */
    public AifConfig withPrecisions(double policyPrecision, double actionPrecision) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, policyPrecision,
                actionPrecision, actionSelection, samplingMode, useUtility, useStatesInfoGain, useParamInfoGain,
                novelty, inductive, learnA, learnB, learnD, lrA, lrB, lrD, learningMode, legacy, model, batchThreads,
                policySearch, si, mcts, replanning);
    }

    /**
     * @param selection deterministic or stochastic
     * @param mode full or marginal
     * @return the same config with that action selection
     */
    public AifConfig withActionSelection(Selection selection, SamplingMode mode) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, selection, mode,
                useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, learnA, learnB, learnD, lrA, lrB,
                lrD, learningMode, legacy, model, batchThreads,
                policySearch, si, mcts, replanning);
    }

    /**
     * @param utility include the expected utility
     * @param statesInfoGain include the state information gain
     * @param paramInfoGain include the parameter information gain
     * @return the same config with those terms
     */
    public AifConfig withTerms(boolean utility, boolean statesInfoGain, boolean paramInfoGain) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, utility, statesInfoGain, paramInfoGain, novelty, inductive, learnA, learnB, learnD, lrA,
                lrB, lrD, learningMode, legacy, model, batchThreads,
                policySearch, si, mcts, replanning);
    }

    /**
     * @param form the novelty weights
     * @return the same config with that novelty form
     */
    public AifConfig withNovelty(NoveltyForm form) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, form, inductive, learnA, learnB,
                learnD, lrA, lrB, lrD, learningMode, legacy, model, batchThreads,
                policySearch, si, mcts, replanning);
    }

    /**
     * @param planning the inductive planning options
     * @return the same config with those options
     */
    public AifConfig withInductive(Inductive planning) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, planning, learnA, learnB,
                learnD, lrA, lrB, lrD, learningMode, legacy, model, batchThreads,
                policySearch, si, mcts, replanning);
    }

    /**
     * @param mode when learning happens
     * @param a learn A
     * @param b learn B
     * @return the same config learning A and/or B (D unchanged) with those switches
     */
    public AifConfig withLearning(LearningMode mode, boolean a, boolean b) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, a, b, learnD, lrA,
                lrB, lrD, mode, legacy, model, batchThreads,
                policySearch, si, mcts, replanning);
    }

    /**
     * @param d learn D at the end of each episode
     * @return the same config with that switch
     */
    public AifConfig withLearnD(boolean d) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, learnA, learnB, d,
                lrA, lrB, lrD, learningMode, legacy, model, batchThreads,
                policySearch, si, mcts, replanning);
    }

    /**
     * @param rateA the learning rate of pA
     * @param rateB the learning rate of pB
     * @param rateD the learning rate of pD
     * @return the same config with those rates
     */
    public AifConfig withLearningRates(double rateA, double rateB, double rateD) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, learnA, learnB,
                learnD, rateA, rateB, rateD, learningMode, legacy, model, batchThreads,
                policySearch, si, mcts, replanning);
    }

    /**
     * @param forms the legacy forms
     * @return the same config with those forms
     */
    public AifConfig withLegacy(Legacy forms) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, learnA, learnB,
                learnD, lrA, lrB, lrD, learningMode, forms, model, batchThreads,
                policySearch, si, mcts, replanning);
    }

    /**
     * @param priors how the provider builds the model
     * @return the same config with those model options
     */
    public AifConfig withModel(ModelPriors priors) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, learnA, learnB,
                learnD, lrA, lrB, lrD, learningMode, legacy, priors, batchThreads,
                policySearch, si, mcts, replanning);
    }

    /**
     * @param threads the threads of {@link AifAgent#actBatch}
     * @return the same config with that thread count
     */
    public AifConfig withBatchThreads(int threads) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, learnA, learnB,
                learnD, lrA, lrB, lrD, learningMode, legacy, model, threads, policySearch, si, mcts,
                replanning);
    }

    /**
     * @param kind how the agent plans: enumerate, si or mcts (their parameters unchanged)
     * @return the same config with that search
     */
    public AifConfig withPolicySearch(PolicySearch.Kind kind) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, learnA, learnB,
                learnD, lrA, lrB, lrD, learningMode, legacy, model, batchThreads, kind, si, mcts, replanning);
    }

    /**
     * @param search any search: its kind is chosen and its parameters kept ({@code policyLen} for
     *     enumerate, {@code si} or {@code mcts})
     * @return the same config planning with that search
     */
    public AifConfig withPolicySearch(PolicySearch search) {
        if (search instanceof PolicySearch.Enumerate e) {
            return withPolicyLen(e.policyLen()).withPolicySearch(PolicySearch.Kind.ENUMERATE);
        }
        if (search instanceof PolicySearch.Sophisticated parameters) {
            return withSophisticated(parameters).withPolicySearch(PolicySearch.Kind.SI);
        }
        return withMcts((PolicySearch.Mcts) search).withPolicySearch(PolicySearch.Kind.MCTS);
    }

    /**
     * @param parameters the sophisticated-inference parameters
     * @return the same config with them (the search kind unchanged)
     */
    public AifConfig withSophisticated(PolicySearch.Sophisticated parameters) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, learnA, learnB,
                learnD, lrA, lrB, lrD, learningMode, legacy, model, batchThreads, policySearch, parameters, mcts,
                replanning);
    }

    /**
     * @param parameters the Gumbel MuZero parameters
     * @return the same config with them (the search kind unchanged)
     */
    public AifConfig withMcts(PolicySearch.Mcts parameters) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, learnA, learnB,
                learnD, lrA, lrB, lrD, learningMode, legacy, model, batchThreads, policySearch, si, parameters,
                replanning);
    }

    /**
     * @param rule when to search again rather than act on the stored plan
     * @return the same config with that rule
     */
    public AifConfig withReplanning(Replanning rule) {
        return new AifConfig(policyLen, inferenceAlgorithm, numIter, inferenceHorizon, gamma, alpha, actionSelection,
                samplingMode, useUtility, useStatesInfoGain, useParamInfoGain, novelty, inductive, learnA, learnB,
                learnD, lrA, lrB, lrD, learningMode, legacy, model, batchThreads, policySearch, si, mcts, rule);
    }

    // ------------------------------------------------------------------ option types

    /** pymdp's {@code inference_algo} (spec 4), bound by name. */
    public enum Algorithm {
        /** Mean-field fixed-point iteration on the current observation (pymdp's default). */
        FPI,
        /** Online variational filtering: fpi for inference, backward smoothing for learning. */
        OVF,
        /** Exact single-factor filtering; exact HMM smoothing for learning. */
        EXACT,
        /** Marginal message passing over a window of observations and past actions. */
        MMP,
        /** Variational message passing over a window of observations and past actions. */
        VMP;

        /**
         * The algorithm as a {@link StateInference}.
         *
         * @param numIter the iteration count (ignored by exact)
         * @return the algorithm
         */
        public StateInference of(int numIter) {
            return switch (this) {
                case FPI -> new StateInference.FixedPoint(numIter);
                case OVF -> new StateInference.OnlineVariationalFiltering(numIter);
                case EXACT -> StateInference.exact();
                case MMP -> new StateInference.MarginalMessagePassing(numIter);
                case VMP -> new StateInference.VariationalMessagePassing(numIter);
            };
        }
    }

    /** pymdp's {@code action_selection}. */
    public enum Selection {
        /** The argmax (ties to the lowest index). */
        DETERMINISTIC,
        /** Sampling with probabilities proportional to {@code max(p, 2.22e-16)^alpha}. */
        STOCHASTIC
    }

    /** pymdp's {@code learning_mode}, plus NONE. */
    public enum LearningMode {
        /** Learn after every step ({@link AifAgent#learn}; pymdp's default). */
        ONLINE,
        /** Learn once at the end of each block from its beliefs ({@link AifAgent#learnBlock}). */
        OFFLINE,
        /** Never learn, whatever the learn flags say. */
        NONE
    }

    /** When online learning updates the model relative to planning within a step. */
    public enum LearningOrder {
        /**
         * pymdp 1.0 ({@code infer_and_plan}): infer states, plan with the model as it was, then
         * learn from this step; the next step plans with the learned model. The default.
         */
        AFTER_PLANNING,
        /**
         * The legacy agent loop of the {@code agent_gridworld} reference: infer states, learn
         * from this step's transition, then plan with the learned model.
         */
        BEFORE_PLANNING
    }

    /**
     * Inductive planning (pymdp's {@code use_inductive}, {@code inductive_depth},
     * {@code inductive_threshold}, {@code inductive_epsilon}; spec 5.6). The goal vectors
     * {@code H} come from the model ({@link ModelPriors#goals()} for the provider).
     *
     * @param enabled add the inductive value to the negative expected free energy (default false)
     * @param depth the rows of the inductive matrices, at least 1 (default 1)
     * @param threshold the transition probability above which a state counts as reachable, in [0, 1] (default 0.1)
     * @param epsilon the penalty is {@code ln epsilon} per unit of predicted mass off the path, in (0, 1] (default 1e-3)
     */
    public record Inductive(boolean enabled, int depth, double threshold, double epsilon) {

        /** Off, with pymdp's defaults. */
        public static final Inductive OFF = new Inductive(false, 1, 0.1, 1e-3);

        /**
         * Validates the fields.
         *
         * @param enabled see the record description
         * @param depth see the record description
         * @param threshold see the record description
         * @param epsilon see the record description
         */
        public Inductive {
            if (depth < 1) {
                throw new IllegalArgumentException("inductive.depth: expected at least 1, found " + depth);
            }
            if (!(threshold >= 0.0 && threshold <= 1.0)) {
                throw new IllegalArgumentException("inductive.threshold: expected a probability in [0, 1], found "
                        + threshold);
            }
            if (!(epsilon > 0.0 && epsilon <= 1.0)) {
                throw new IllegalArgumentException("inductive.epsilon: expected a number in (0, 1], found " + epsilon);
            }
        }

        /**
         * Inductive planning on with the given depth and pymdp's threshold and epsilon.
         *
         * @param depth the depth
         * @return the options
         */
        public static Inductive of(int depth) {
            return new Inductive(true, depth, 0.1, 1e-3);
        }
    }

    /**
     * The legacy NumPy package's and SPM's forms, each an option only where a reference needs
     * it; {@link #NONE} is pymdp 1.0 throughout.
     *
     * @param preferences how C enters the utility: raw (pymdp 1.0) or {@code ln softmax C} (legacy)
     * @param stateInfoGain per-modality mutual information (pymdp 1.0, the fast planner) or SPM's
     *     {@code spm_MDP_G} forms (policy-by-policy reference evaluation, slow)
     * @param countMask Dirichlet counts everywhere (pymdp 1.0) or only where A/B are non-zero (legacy)
     * @param learningOrder online learning after planning (pymdp 1.0) or before it (legacy loop)
     */
    public record Legacy(PreferenceForm preferences, StateInfoGainForm stateInfoGain, CountMask countMask,
            LearningOrder learningOrder) {

        /** pymdp 1.0 everywhere. */
        public static final Legacy NONE = new Legacy(PreferenceForm.RAW, StateInfoGainForm.PER_MODALITY,
                CountMask.NONE, LearningOrder.AFTER_PLANNING);

        /** The legacy factorised agent: ln softmax C, SPM information gain, masked counts, learning before planning. */
        public static final Legacy NUMPY = new Legacy(PreferenceForm.LOG_SOFTMAX, StateInfoGainForm.SPM_PER_MODALITY,
                CountMask.STRUCTURAL, LearningOrder.BEFORE_PLANNING);

        /**
         * Fills the defaults of null fields.
         *
         * @param preferences see the record description
         * @param stateInfoGain see the record description
         * @param countMask see the record description
         * @param learningOrder see the record description
         */
        public Legacy {
            preferences = preferences == null ? PreferenceForm.RAW : preferences;
            stateInfoGain = stateInfoGain == null ? StateInfoGainForm.PER_MODALITY : stateInfoGain;
            countMask = countMask == null ? CountMask.NONE : countMask;
            learningOrder = learningOrder == null ? LearningOrder.AFTER_PLANNING : learningOrder;
        }
    }

    /** Where the agent's initial-state prior D comes from when the provider builds the model. */
    public enum InitialBeliefs {
        /** The env's true D. */
        TRUE,
        /** Uniform over each factor's states. */
        FLAT
    }

    /**
     * A Dirichlet prior built from the env's true tensor: {@code scale · true + offset}
     * elementwise (a flat prior is {@code scale = 0}). With {@code useMean} the agent's A (or B)
     * starts as the prior's expected value, as pymdp's learning examples do; otherwise it starts
     * as the true tensor and the prior only feeds novelty and learning.
     *
     * @param scale the weight of the true tensor, finite and non-negative
     * @param offset the pseudo-count added everywhere, finite and non-negative
     * @param useMean whether the agent's tensor starts as the prior's expected value
     */
    public record DirichletPrior(double scale, double offset, boolean useMean) {

        /**
         * Validates the fields.
         *
         * @param scale see the record description
         * @param offset see the record description
         * @param useMean see the record description
         */
        public DirichletPrior {
            nonNegative(scale, "scale", "weight");
            nonNegative(offset, "offset", "pseudo-count");
            if (offset == 0.0 && scale == 0.0) {
                throw new IllegalArgumentException("scale, offset: expected a positive scale or offset, found both 0");
            }
        }

        /**
         * A flat prior: every concentration {@code value}, the agent's tensor its (uniform) mean.
         *
         * @param value the concentration
         * @return the prior
         */
        public static DirichletPrior flat(double value) {
            return new DirichletPrior(0.0, value, true);
        }

        /**
         * A prior centred on the truth: {@code scale · true + offset}, the agent's tensor the true one.
         *
         * @param scale the weight of the truth
         * @param offset the pseudo-count
         * @return the prior
         */
        public static DirichletPrior aroundTruth(double scale, double offset) {
            return new DirichletPrior(scale, offset, false);
        }

        /**
         * The concentrations for a true tensor.
         *
         * @param truth the true values
         * @return {@code scale · truth + offset}
         */
        public double[] apply(double[] truth) {
            double[] out = new double[truth.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = scale * truth[i] + offset;
            }
            return out;
        }
    }

    /**
     * How {@link AifAgentProvider} builds the generative model from an env's generative process:
     * A, B and D are the env's own unless replaced below.
     *
     * @param pA the Dirichlet prior over A (every modality), or null for none (default)
     * @param pB the Dirichlet prior over B (every factor), or null for none (default)
     * @param pD the Dirichlet prior over D (every factor, legacy D learning), or null for none (default)
     * @param initialBeliefs the agent's D: the env's (default) or flat
     * @param preferences C: one preference vector per modality ({@code No[m]} raw utilities), a
     *     null entry for pymdp's default {@code 1/No[m]}; or null (default) for the default everywhere
     * @param goals the inductive goal vectors H, one per factor (1 marks a goal state), or null (default)
     */
    public record ModelPriors(DirichletPrior pA, DirichletPrior pB, DirichletPrior pD, InitialBeliefs initialBeliefs,
            List<List<Double>> preferences, List<List<Double>> goals) {

        /** The env's true model without Dirichlet priors, pymdp's default C. */
        public static final ModelPriors DEFAULT = new ModelPriors(null, null, null, InitialBeliefs.TRUE, null, null);

        /**
         * Copies the lists and checks their entries are finite.
         *
         * @param pA see the record description
         * @param pB see the record description
         * @param pD see the record description
         * @param initialBeliefs see the record description
         * @param preferences see the record description
         * @param goals see the record description
         */
        public ModelPriors {
            initialBeliefs = initialBeliefs == null ? InitialBeliefs.TRUE : initialBeliefs;
            preferences = copy(preferences, "model.preferences", true);
            goals = copy(goals, "model.goals", false);
        }

        private static List<List<Double>> copy(List<List<Double>> lists, String field, boolean nullEntries) {
            if (lists == null) {
                return null;
            }
            List<List<Double>> out = new ArrayList<>(lists.size());
            for (int i = 0; i < lists.size(); i++) {
                List<Double> entry = lists.get(i);
                if (entry == null) {
                    if (!nullEntries) {
                        throw new IllegalArgumentException(field + "[" + i + "]: expected a vector, found null");
                    }
                    out.add(null);
                    continue;
                }
                for (int j = 0; j < entry.size(); j++) {
                    Double v = entry.get(j);
                    if (v == null || !Double.isFinite(v)) {
                        throw new IllegalArgumentException(field + "[" + i + "][" + j + "]: expected a finite number, found "
                                + v);
                    }
                }
                out.add(List.copyOf(entry));
            }
            return java.util.Collections.unmodifiableList(out);
        }

        /**
         * @param prior the prior over A
         * @return the same options with that prior
         */
        public ModelPriors withPA(DirichletPrior prior) {
            return new ModelPriors(prior, pB, pD, initialBeliefs, preferences, goals);
        }

        /**
         * @param prior the prior over B
         * @return the same options with that prior
         */
        public ModelPriors withPB(DirichletPrior prior) {
            return new ModelPriors(pA, prior, pD, initialBeliefs, preferences, goals);
        }

        /**
         * @param prior the prior over D
         * @return the same options with that prior
         */
        public ModelPriors withPD(DirichletPrior prior) {
            return new ModelPriors(pA, pB, prior, initialBeliefs, preferences, goals);
        }

        /**
         * @param beliefs the agent's D
         * @return the same options with that D
         */
        public ModelPriors withInitialBeliefs(InitialBeliefs beliefs) {
            return new ModelPriors(pA, pB, pD, beliefs, preferences, goals);
        }

        /**
         * @param c one preference vector per modality (null entries: the default)
         * @return the same options with those preferences
         */
        public ModelPriors withPreferences(List<List<Double>> c) {
            return new ModelPriors(pA, pB, pD, initialBeliefs, c, goals);
        }

        /**
         * @param h one goal vector per factor
         * @return the same options with those goals
         */
        public ModelPriors withGoals(List<List<Double>> h) {
            return new ModelPriors(pA, pB, pD, initialBeliefs, preferences, h);
        }
    }
}
