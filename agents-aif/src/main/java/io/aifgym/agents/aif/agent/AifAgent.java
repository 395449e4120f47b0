package io.aifgym.agents.aif.agent;

import io.aifgym.agents.aif.agent.AifState.History;
import io.aifgym.agents.aif.agent.AifState.Pending;
import io.aifgym.agents.aif.agent.AifState.Step;
import io.aifgym.agents.aif.agent.AifState.Window;
import io.aifgym.agents.aif.control.ActionSampler;
import io.aifgym.agents.aif.control.ActionSelection;
import io.aifgym.agents.aif.control.EfeModel;
import io.aifgym.agents.aif.control.EfeOptions;
import io.aifgym.agents.aif.control.ExpectedFreeEnergy;
import io.aifgym.agents.aif.control.Inductive;
import io.aifgym.agents.aif.control.PlanningModel;
import io.aifgym.agents.aif.control.Policies;
import io.aifgym.agents.aif.control.PolicyInference;
import io.aifgym.agents.aif.control.PolicyPosterior;
import io.aifgym.agents.aif.control.PolicyPrior;
import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.agents.aif.control.StateInfoGainForm;
import io.aifgym.agents.aif.inference.FreeEnergy;
import io.aifgym.agents.aif.inference.Inference;
import io.aifgym.agents.aif.inference.InferenceKind;
import io.aifgym.agents.aif.inference.Observations;
import io.aifgym.agents.aif.inference.Smoothing;
import io.aifgym.agents.aif.inference.StateInference;
import io.aifgym.agents.aif.learning.DirichletLearning;
import io.aifgym.agents.aif.learning.ParameterLearning;
import io.aifgym.agents.aif.maths.Maths;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.agents.aif.model.ModelBatch;
import io.aifgym.agents.aif.planning.PolicySearch;
import io.aifgym.agents.aif.planning.Replanning;
import io.aifgym.agents.aif.planning.SearchInput;
import io.aifgym.agents.aif.planning.SearchResult;
import io.aifgym.agents.aif.planning.SearchStats;
import io.aifgym.agents.aif.planning.SearchTree;
import io.aifgym.agents.aif.planning.StoredPlan;
import io.aifgym.agents.aif.model.ModelJson;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Block;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.checkpoint.StateCodec;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import io.aifgym.gym.vector.Parallel;
import io.aifgym.gym.internal.Bytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The active inference agent with pymdp 1.0's semantics as an {@link Agent}: observations are
 * one outcome index per modality ({@code -1}: no evidence), actions one index per control
 * factor, as the pymdp-style envs of {@code io.aifgym.envs.pomdp} emit and take them.
 *
 * <p><b>One step</b> ({@link #act}, pymdp's {@code infer_and_plan}, spec 9.1): the empirical
 * prior ({@code D} at an episode's first step, else {@code B[..., a_{t-1}] · qs_{t-1}}; for
 * {@code mmp}/{@code vmp} the prior of the window's first step), state inference, policy
 * inference with the model as it is (the fast planner over the policy tree), and action
 * selection with the step's key. Diagnostics: {@code neg_efe_max}, {@code q_pi_max},
 * {@code q_pi_entropy} and {@code vfe} (the variational free energy of the posterior, of the
 * whole window for sequence methods).
 *
 * <p><b>Deep planning</b> (issue 7; {@link AifConfig#policySearch()}). With {@code enumerate}
 * (the default) the agent scores every policy of {@code policyLen} steps as above. With
 * {@code si} (sophisticated inference) or {@code mcts} (Gumbel MuZero) it searches from its
 * beliefs with the agent's expected free energy terms, {@code gamma}, {@code numIter} and
 * inductive matrices over the model's joint actions, continuing from the stored tree where the
 * search reuses trees, and selects among the first joint actions by the search's {@code q} with
 * the step's key; an MCTS search draws from its own key, {@code key.fold(}{@value #SEARCH_KEY}{@code )}.
 * With {@link AifConfig#replanning()} other than every step, the agent stores the rest of the
 * search's plan and acts on it until the plan is {@code every} steps old, runs out, or the
 * beliefs leave the plan's expectation by more than the threshold (then it searches again).
 * The tree and the plan are dropped at the start of an episode and when learning changes the
 * model. Diagnostics of a searching step: {@code searched} 1, {@code neg_efe_max},
 * {@code q_pi_max}, {@code q_pi_entropy}, {@code plan_length} and the search's counters
 * ({@link SearchStats#diagnostics()}: {@code search_nodes}, {@code search_depth},
 * {@code search_cut} as 0/1, ...); of a step on the stored plan: {@code searched} 0 and
 * {@code plan_remaining}; both with {@code vfe}.
 *
 * <p><b>Learning.</b> {@link #learn} is pymdp's online update of that step (spec 9.4) when
 * the learning mode is {@link AifConfig.LearningMode#ONLINE}: {@code fpi} learns A from the
 * current posterior and B from the previous and current posteriors; {@code ovf}/{@code exact}
 * re-learn from the smoothed window of the last {@link AifConfig#window()} steps and
 * {@code mmp}/{@code vmp} from the window posterior, re-counting the whole window at every
 * step as pymdp does (spec 7.4). The next step plans with the learned model. When the
 * transition ends the episode, learn starts a new one ({@link #newEpisode}). {@link #learnBlock}
 * is offline learning ({@link AifConfig.LearningMode#OFFLINE}): pymdp's
 * {@code infer_parameters} over the block's filtered posteriors, observations and actions
 * (exact or ovf smoothing first), once per episode the block contains; it keeps the beliefs,
 * so chaining rollouts through their carry continues the episode (pymdp's
 * {@code initial_carry=last}).
 *
 * <p><b>Blocks versus pymdp's rollout.</b> pymdp's {@code rollout(agent, env, T)} takes
 * {@code T + 1} agent steps; the same block is {@code Rollout.run(agent, venv, T + 1, carry, ...)}
 * here. pymdp's learning notebook resets the env before every block and starts the agent's
 * beliefs afresh (a carry of only the observation and env state): do the same by passing the
 * agent states through {@link #newEpisode} (or let the env end its episodes with
 * {@code terminated}/{@code truncated}).
 *
 * <p><b>Windows without a horizon.</b> pymdp sizes the window of {@code mmp}/{@code vmp} and
 * of online smoothing as {@code min(T + 1, 32)} for a rollout of {@code T} steps; an agent does
 * not know {@code T}, so the window here is {@code inferenceHorizon} or 32 steps. Within a
 * window pymdp masks the not-yet-filled slots, which is the same as using only the valid ones,
 * so both agree whenever the episode is shorter than the window or a horizon is set.
 *
 * <p><b>Checkpoints.</b> As a {@link StateCodec}, the agent saves a state as a
 * {@link SavedAifState} (the learned model in the model file format, beliefs, windows and block
 * history, the stored plan, and the search tree where the search continues from it) and
 * restores it, compiling the planner again from the model; a restored state acts, plans and
 * learns exactly as the saved one.
 *
 * <pre>{@code
 * GenerativeModel model = GenerativeModel.fromProcess(gridWorld.generativeProcess());
 * AifAgent agent = new AifAgent(model, AifConfig.DEFAULT.withPolicyLen(3));
 * Rollout.Result<AifState, ?, int[], int[]> r = Rollout.run(agent, VectorEnv.of(gridWorld, 20), 51, Key.of(0));
 * }</pre>
 */
public final class AifAgent implements Agent<AifState, int[], int[]>, StateCodec<AifState, SavedAifState> {

    /** The largest policy space accepted, in policy entries {@code P · L · F} (4 bytes each). */
    public static final long MAX_POLICY_ENTRIES = 1L << 26;

    /** The fold of a decision's key that gives an MCTS search its own key (the decision's key selects the action). */
    public static final long SEARCH_KEY = 0x5EA2C4L;

    private final AifConfig config;
    private final ModelBatch models;
    private final StateInference method;
    private final EfeOptions efeOptions;
    private final boolean fastPlanner;
    private final Policies policies;
    private final PolicyInference policyInference;
    private final ActionSelection selection;
    private final ParameterLearning.Options learning;
    private final boolean sequence;
    private final boolean smoothingWindow;
    private final boolean onlineLearning;
    private final boolean recordHistory;
    private final boolean singleFactorFastPath;
    private final PlanningModel[] initialPlanning;
    private final PolicySearch search;
    private final Replanning replanning;
    /** Enumerate at every step: pymdp's policy inference through the fast planner, with nothing stored. */
    private final boolean enumerateEveryStep;
    private final Policies jointActions;

    /**
     * An agent with one model shared by every agent of a batch.
     *
     * @param model the generative model
     * @param config the options
     * @throws IllegalArgumentException if the options need what the model lacks (naming both),
     *     or the policy space is too large
     */
    public AifAgent(GenerativeModel model, AifConfig config) {
        this(ModelBatch.of(Objects.requireNonNull(model, "model"), 1), config);
    }

    /**
     * An agent with one model per agent of a batch: {@link #initBatch} gives agent {@code i}
     * the model {@code models.agent(i)} (a batch of one is shared by any number of agents).
     *
     * @param models the models
     * @param config the options
     * @throws IllegalArgumentException if the options need what a model lacks, or the policy
     *     space is too large
     */
    public AifAgent(ModelBatch models, AifConfig config) {
        this(models, config, null);
    }

    /**
     * An agent planning over given policies (pymdp's {@code policies} argument) instead of all
     * combinations of {@link AifConfig#policyLen()} actions.
     *
     * @param models the models, one per agent or one shared
     * @param config the options ({@code policyLen} is not checked against the policies, as in pymdp)
     * @param policies {@code (P, L, F)} with one flat action per factor of the model, or null for all combinations
     * @throws IllegalArgumentException if the policies do not fit the model, or the options need
     *     what a model lacks
     */
    public AifAgent(ModelBatch models, AifConfig config, Policies policies) {
        this.models = Objects.requireNonNull(models, "models");
        this.config = Objects.requireNonNull(config, "config");
        this.method = config.stateInference();
        this.efeOptions = config.efeOptions();
        this.fastPlanner = !efeOptions.useStatesInfoGain()
                || efeOptions.stateInfoGain() == StateInfoGainForm.PER_MODALITY;
        this.sequence = method.kind() == InferenceKind.SEQUENCE;
        this.onlineLearning = config.learningMode() == AifConfig.LearningMode.ONLINE
                && (config.learnA() || config.learnB());
        this.smoothingWindow = !sequence && method.smoothing() != Smoothing.NONE && onlineLearning;
        this.recordHistory = config.learningMode() == AifConfig.LearningMode.OFFLINE && config.learns();
        this.selection = config.selection();
        this.learning = config.learningOptions();
        GenerativeModel first = models.agent(0);
        this.singleFactorFastPath = first.numFactors() == 1 && allOnFactorZero(first);
        List<GenerativeModel> distinct = distinct(models);
        for (GenerativeModel m : distinct) {
            check(m);
        }
        this.search = config.search();
        this.replanning = config.replanning();
        boolean enumerating = config.policySearch() == PolicySearch.Kind.ENUMERATE;
        this.enumerateEveryStep = enumerating && replanning.every() == 1;
        if (!enumerating && policies != null) {
            throw new IllegalArgumentException("policies: expected none with policySearch " + config.policySearch().id()
                    + " (the search builds its own action sequences), found " + policies.count() + " policies");
        }
        this.policies = policies == null ? policies(first, enumerating ? config.policyLen() : 1)
                : checked(policies, first);
        this.jointActions = SearchInput.jointActions(first);
        checkSearchMemory(first, config.batchThreads(), false);
        this.policyInference = PolicyInference.of(this.policies);
        for (GenerativeModel m : distinct) {
            checkPolicyPrior(m);
        }
        this.initialPlanning = new PlanningModel[models.batchSize()];
        for (GenerativeModel m : distinct) {
            PlanningModel compiled = fastPlanner ? PlanningModel.compile(efeModel(m), efeOptions) : null;
            if (compiled != null) {
                checkPlannerMemory(compiled, m);
            }
            for (int i = 0; i < models.batchSize(); i++) {
                if (models.agent(i) == m) {
                    initialPlanning[i] = compiled;
                }
            }
        }
    }

    // ------------------------------------------------------------------ construction checks

    private void check(GenerativeModel m) {
        List<String> problems = new ArrayList<>(Inference.problems(method, m));
        boolean learningOn = config.learningMode() != AifConfig.LearningMode.NONE;
        if (learningOn && config.learnA() && !m.hasPA()) {
            problems.add("learnA: expected a model with pA, found none");
        }
        if (learningOn && config.learnB() && !m.hasPB()) {
            problems.add("learnB: expected a model with pB, found none");
        }
        if (learningOn && config.learnD() && !m.hasPD()) {
            problems.add("learnD: expected a model with pD, found none");
        }
        if (config.useParamInfoGain() && !m.hasPA() && !m.hasPB()) {
            problems.add("useParamInfoGain: expected a model with pA or pB, found neither");
        }
        if (config.inductive().enabled() && !m.hasH()) {
            problems.add("inductive.enabled: expected a model with goal vectors H, found none");
        }
        if (m.hasMultiActions() && config.samplingMode() == SamplingMode.MARGINAL) {
            problems.add("samplingMode: expected FULL for a model with multi-action dependencies, found MARGINAL");
        }
        if (method.smoothing() == Smoothing.OVF && config.learns() && (config.learnA() || config.learnB())) {
            for (int f = 0; f < m.numFactors(); f++) {
                int[] deps = m.bDependencies(f);
                if (deps.length != 1 || deps[0] != f) {
                    problems.add("inferenceAlgorithm: OVF smoothing for learning expects B[" + f
                            + "] to depend on factor " + f + " only, found " + Arrays.toString(deps));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private void checkPolicyPrior(GenerativeModel m) {
        if (config.policySearch() == PolicySearch.Kind.ENUMERATE && m.eData() != null
                && m.eData().length != policies.count()) {
            throw new IllegalArgumentException("E: expected one prior probability per policy (" + policies.count()
                    + "), found " + m.eData().length);
        }
    }

    private static boolean allOnFactorZero(GenerativeModel m) {
        for (int i = 0; i < m.numModalities(); i++) {
            int[] deps = m.aDependencies(i);
            if (deps.length != 1 || deps[0] != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<GenerativeModel> distinct(ModelBatch models) {
        List<GenerativeModel> out = new ArrayList<>();
        for (int i = 0; i < models.batchSize(); i++) {
            GenerativeModel m = models.agent(i);
            boolean seen = false;
            for (GenerativeModel o : out) {
                seen |= o == m;
            }
            if (!seen) {
                out.add(m);
            }
        }
        return out;
    }

    /** pymdp's policies (spec 5.1, 2.3), after refusing a space too large to hold. */
    private static Policies policies(GenerativeModel model, int length) {
        int[] controls = model.hasMultiActions() ? model.controlSizes().orElseThrow() : model.numControls();
        double perStep = 1.0;
        for (int u : controls) {
            perStep *= u;
        }
        double count = Math.pow(perStep, length);
        double entries = count * length * model.numFactors();
        if (entries > MAX_POLICY_ENTRIES) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "policyLen: expected a policy space of at most %,d entries (policies x steps x factors), found "
                            + "%.0f^%d = %.4g policies x %d steps x %d factors = %.4g entries, which would need %s for "
                            + "the policies alone",
                    MAX_POLICY_ENTRIES, perStep, length, count, length, model.numFactors(), entries,
                    Bytes.format(entries * Integer.BYTES)));
        }
        if (!model.hasMultiActions()) {
            return Policies.enumerate(controls, length);
        }
        int[][][] multi = Policies.enumerate(controls, length).toArray();
        int[][][] flat = new int[multi.length][length][];
        for (int p = 0; p < multi.length; p++) {
            for (int t = 0; t < length; t++) {
                flat[p][t] = model.encodeActions(multi[p][t]);
            }
        }
        return Policies.of(flat, model.numControls());
    }

    private static Policies checked(Policies given, GenerativeModel model) {
        if (!Arrays.equals(given.numControls(), model.numControls())) {
            throw new IllegalArgumentException("policies: expected actions for the model's controls "
                    + Arrays.toString(model.numControls()) + ", found " + Arrays.toString(given.numControls()));
        }
        return given;
    }

    /**
     * Refuses, before the first step, a policy tree whose planner would not fit in the heap: its
     * scratch space ({@link PolicyInference#plannerBytes}) once per planning thread must stay
     * within half of the JVM's maximum heap, the rest being left to the models and the run.
     */
    private void checkPlannerMemory(PlanningModel compiled, GenerativeModel m) {
        long perThread = policyInference.plannerBytes(compiled);
        int threads = config.batchThreads();
        double need = (double) perThread * threads;
        long heap = Runtime.getRuntime().maxMemory();
        if (need > heap / 2.0) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "policyLen: expected a policy tree whose planner fits in half of this JVM's %s heap, found %,d "
                            + "policies of %d steps over %s states, whose planner would need %s (%s per planning "
                            + "thread x %d); lower policyLen or batchThreads, or give Java more heap (-Xmx)",
                    Bytes.format(heap), policies.count(), policies.length(), Arrays.toString(m.numStates()),
                    Bytes.format(need), Bytes.format(perThread), threads));
        }
    }

    /**
     * Refuses, before the first step, a search whose trees would not fit: one tree must stay
     * within {@link PolicySearch#MAX_TREE_BYTES}, and the trees alive at once (one per planning
     * thread, or with {@code reuseTree} one kept per agent besides) within half of the JVM's
     * maximum heap. Never an {@link OutOfMemoryError} halfway through a run.
     */
    private void checkSearchMemory(GenerativeModel m, long trees, boolean kept) {
        String budget = search.treeBudget();
        if (budget == null) {
            return;
        }
        int stateSize = Arrays.stream(m.numStates()).sum();
        int numActions = jointActions.count();
        search.requireTreeFits(stateSize, numActions);
        long perTree = search.treeBytes(stateSize, numActions);
        long heap = Runtime.getRuntime().maxMemory();
        double need = (double) perTree * trees;
        if (need > heap / 2.0) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s: expected search trees that fit in half of this JVM's %s heap, found %,d trees (%s) of %s "
                            + "each = %s; lower %s or batchThreads, or give Java more heap (-Xmx)",
                    budget, Bytes.format(heap), trees, kept ? "one kept per agent for reuseTree, plus one per "
                            + "planning thread" : "one per planning thread", Bytes.format(perTree), Bytes.format(need),
                    budget));
        }
    }


    /** The planning view of a model, with the inductive matrices from its goals when inductive planning is on. */
    private EfeModel efeModel(GenerativeModel m) {
        EfeModel view = EfeModel.of(m);
        if (!config.inductive().enabled()) {
            return view;
        }
        List<DoubleTensor> goals = new ArrayList<>();
        for (int f = 0; f < m.numFactors(); f++) {
            goals.add(m.H(f).orElseThrow());
        }
        return view.withInductive(Inductive.matrices(goals, m.B(), config.inductive().threshold(),
                config.inductive().depth()));
    }

    // ------------------------------------------------------------------ accessors

    /** @return the options */
    public AifConfig config() {
        return config;
    }

    /** @return the initial models, one per agent (or one shared) */
    public ModelBatch models() {
        return models;
    }

    /**
     * @return the policies the agent plans over, {@code (P, L, F)} with per-factor (flat) actions
     *     (with {@code si} or {@code mcts}: the joint actions, policies of length 1)
     */
    public Policies policies() {
        return policies;
    }

    // ------------------------------------------------------------------ states

    /**
     * The initial state of one agent: its model, beliefs {@code D}, no action, no history.
     *
     * @param key unused: the initial state is deterministic
     * @return the state of agent 0 (the shared model)
     * @throws IllegalStateException if the agent has distinct per-agent models (use
     *     {@link #initBatch} or {@link #initial(int)})
     */
    @Override
    public AifState init(Key key) {
        if (models.batchSize() > 1 && !models.isUniform()) {
            throw new IllegalStateException("init: this agent has " + models.batchSize()
                    + " distinct models; use initBatch(key, " + models.batchSize() + ") or initial(i)");
        }
        return initial(0);
    }

    /**
     * The initial state of agent {@code i} of the batch.
     *
     * @param i the agent index, below the batch size (any index when the model is shared)
     * @return its state
     */
    public AifState initial(int i) {
        int index = models.batchSize() == 1 ? 0 : i;
        if (index < 0 || index >= models.batchSize()) {
            throw new IllegalArgumentException("i: expected an agent index in [0, " + models.batchSize() + "), found " + i);
        }
        GenerativeModel m = models.agent(index);
        return new AifState(m, initialPlanning[index], priorD(m), null, null, null, null, null, 0, null);
    }

    /**
     * {@inheritDoc} Agent {@code i} gets model {@code i} of the batch (or the shared model).
     *
     * @throws IllegalArgumentException if the agent has per-agent models and {@code n} differs from their number
     */
    @Override
    public List<AifState> initBatch(Key key, int n) {
        if (models.batchSize() > 1 && n != models.batchSize()) {
            throw new IllegalArgumentException("n: expected " + models.batchSize()
                    + " agents (one per model of the batch), found " + n);
        }
        if (search instanceof PolicySearch.Sophisticated si && si.reuseTree()) {
            checkSearchMemory(models.agent(0), (long) n + config.batchThreads(), true);
        }
        List<AifState> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(initial(i));
        }
        return out;
    }

    /**
     * Starts a new episode: beliefs back to {@code D}, no previous action, windows cleared; the
     * learned parameters stay (pymdp's rollout started with a fresh carry but the same agent).
     * With online D learning the finished episode's first posterior is counted into {@code pD}
     * first. Recorded block history stays, marked as a new episode.
     *
     * @param state the state
     * @return the state at the start of a new episode
     */
    public AifState newEpisode(AifState state) {
        GenerativeModel model = state.model;
        PlanningModel planning = state.planning;
        if (config.learnD() && config.learningMode() == AifConfig.LearningMode.ONLINE && state.episodeStart != null) {
            model = DirichletLearning.updateD(model, state.episodeStart, config.lrD(), config.legacy().countMask());
            planning = replan(planning, model);
        }
        return new AifState(model, planning, priorD(model), null, state.posterior, null, null, state.history, 0, null);
    }

    /**
     * The same state with another model (for example reset parameters); beliefs and windows stay.
     *
     * @param state the state
     * @param model the new model, with the structure of the agent's model
     * @return the new state
     * @throws IllegalArgumentException if the model lacks what the options need
     */
    public AifState withModel(AifState state, GenerativeModel model) {
        check(model);
        checkPolicyPrior(model);
        if (!Arrays.equals(model.numStates(), state.model.numStates())
                || !Arrays.equals(model.numControls(), state.model.numControls())
                || !Arrays.equals(model.numObs(), state.model.numObs())) {
            throw new IllegalArgumentException("model: expected numStates " + Arrays.toString(state.model.numStates())
                    + ", numObs " + Arrays.toString(state.model.numObs()) + ", numControls "
                    + Arrays.toString(state.model.numControls()) + ", found " + Arrays.toString(model.numStates())
                    + ", " + Arrays.toString(model.numObs()) + ", " + Arrays.toString(model.numControls()));
        }
        return state.with(model, fastPlanner ? PlanningModel.compile(efeModel(model), efeOptions) : null);
    }

    private static double[][] priorD(GenerativeModel m) {
        double[][] d = new double[m.numFactors()][];
        for (int f = 0; f < d.length; f++) {
            d[f] = m.dData(f);
        }
        return d;
    }

    private PlanningModel replan(PlanningModel planning, GenerativeModel model) {
        return planning == null ? null : planning.update(efeModel(model));
    }

    // ------------------------------------------------------------------ acting

    /**
     * One step of active inference (pymdp's {@code infer_and_plan} for one agent).
     *
     * @param key the key of this decision (used by stochastic selection only)
     * @param state the agent state
     * @param observation one outcome index per modality, or -1 for no evidence
     * @return the action (one per control factor), the next state and the diagnostics
     * @throws IllegalArgumentException if the observation does not fit the model
     */
    @Override
    public Decision<AifState, int[]> act(Key key, AifState state, int[] observation) {
        GenerativeModel model = state.model;
        int[] obs = checkObservation(model, observation);
        double[][] qs;
        double vfe;
        Window window = state.window;
        if (sequence) {
            window = advance(window, obs, state.action, model);
            int[][] byModality = window.observationsByModality();
            Inference.Result r = Inference.infer(method, model,
                    Observations.oneHotSequence(byModality, model.numObs()), window.actions, window.prior, null,
                    new Inference.Options(0, 0, true));
            double[][][] posterior = r.qs();
            double[][][] beliefsByStep = new double[window.observations.length][model.numFactors()][];
            for (int f = 0; f < posterior.length; f++) {
                for (int t = 0; t < beliefsByStep.length; t++) {
                    beliefsByStep[t][f] = posterior[f][t];
                }
            }
            window = new Window(window.observations, window.actions, beliefsByStep, window.prior);
            qs = r.last();
            vfe = r.freeEnergy().vfe();
        } else {
            double[][] prior = state.action == null ? priorD(model)
                    : Inference.empiricalPrior(model, state.beliefs, state.action);
            double[][] oneHot = Observations.oneHot(obs, model.numObs());
            if (singleFactorFastPath) {
                double[] q = new double[model.numStates(0)];
                Inference.singleFactorPosterior(model, obs, prior[0], q);
                qs = new double[][] {q};
            } else {
                qs = Inference.oneStep(model, oneHot, prior, method.numIter());
            }
            vfe = FreeEnergy.singleStep(model, qs, prior, oneHot).vfe();
            if (smoothingWindow) {
                window = advance(window, obs, state.action, model);
                double[][][] beliefs = Arrays.copyOf(window.beliefs, window.observations.length);
                beliefs[beliefs.length - 1] = qs;
                window = new Window(window.observations, window.actions, beliefs, null);
            }
        }
        AifState inferred = new AifState(model, state.planning, qs, state.action, state.posterior,
                new Pending(state.beliefs, state.action, obs, qs), window, state.history, state.episodeStep,
                state.episodeStep == 0 ? qs : state.episodeStart, state.tree, state.plan);
        if (onlineLearning && config.legacy().learningOrder() == AifConfig.LearningOrder.BEFORE_PLANNING) {
            inferred = learnOnline(inferred);
        }
        Planned planned = enumerateEveryStep ? enumerate(inferred, qs, key, vfe)
                : searchOrFollow(inferred, qs, key, vfe);
        int[] flat = planned.action();
        History history = recordHistory
                ? new History(new Step(qs, obs, flat, state.episodeStep == 0), state.history) : state.history;
        AifState next = new AifState(inferred.model, inferred.planning, qs, flat, planned.posterior(),
                inferred.pending, inferred.window, history, state.episodeStep + 1, inferred.episodeStart,
                planned.tree(), planned.plan());
        int[] action = model.hasMultiActions() ? model.decodeActions(flat) : flat.clone();
        return new Decision<>(action, next, planned.diagnostics());
    }

    /** What the planning of one step decided: the flat action, the posterior, the tree and plan, the diagnostics. */
    private record Planned(int[] action, PolicyPosterior posterior, SearchTree tree, StoredPlan plan,
            Map<String, Double> diagnostics) {
    }

    /** pymdp's policy inference over the enumerated policies, at every step (the fast path). */
    private Planned enumerate(AifState state, double[][] qs, Key key, double vfe) {
        PolicyPosterior posterior = plan(state, qs);
        int[] flat = ActionSampler.select(posterior.qPi(), policies, selection, config.samplingMode(), key);
        return new Planned(flat, posterior, null, null, diagnostics(posterior, vfe));
    }

    /** A search when the replanning rule asks for one, else the next step of the stored plan. */
    private Planned searchOrFollow(AifState state, double[][] qs, Key key, double vfe) {
        StoredPlan stored = state.plan;
        if (!replanning.shouldReplan(stored, qs)) {
            Map<String, Double> diagnostics = new LinkedHashMap<>();
            diagnostics.put("searched", 0.0);
            diagnostics.put("plan_remaining", (double) (stored.remaining() - 1));
            diagnostics.put("vfe", vfe);
            return new Planned(stored.nextAction(), state.posterior, state.tree, stored.advance(), diagnostics);
        }
        SearchResult result;
        if (search instanceof PolicySearch.Enumerate) {
            result = enumerated(state, qs);
        } else {
            SearchInput input = new SearchInput(state.model, qs, efeOptions, config.gamma(), config.numIter(),
                    inductiveMatrices(state), jointActions, state.tree);
            result = search.search(input, key == null ? null : key.fold(SEARCH_KEY));
        }
        int[] flat = ActionSampler.select(result.q(), result.candidates(), selection, config.samplingMode(), key);
        Map<String, Double> diagnostics = new LinkedHashMap<>();
        diagnostics.put("searched", 1.0);
        diagnostics.putAll(result.diagnostics());
        diagnostics.put("vfe", vfe);
        return new Planned(flat, result.posterior(), result.tree(), StoredPlan.of(result, flat), diagnostics);
    }

    /** The enumerated policy posterior as a search result, with the most probable policy as the plan. */
    private SearchResult enumerated(AifState state, double[][] qs) {
        PolicyPosterior posterior = plan(state, qs);
        double[] q = posterior.qPi();
        int[][] plan = policies.policy(Maths.argmax(q));
        double[][][] beliefs = new double[plan.length][][];
        double[][] current = qs;
        for (int t = 0; t < plan.length; t++) {
            current = ExpectedFreeEnergy.expectedStates(current, state.model.B(), state.model.bDependencies(), plan[t]);
            beliefs[t] = current;
        }
        SearchStats stats = new SearchStats(policyInference.nodeCount(), policyInference.nodeCount(), policies.count(),
                policies.length(), 0, false, false, false, 0, 0, 0, 0, false, 0);
        return new SearchResult(PolicySearch.Kind.ENUMERATE, q, policies, posterior.negEfe(), plan, beliefs, stats,
                null);
    }

    /** The inductive matrices of the state's model when inductive planning is on, else null. */
    private List<DoubleTensor> inductiveMatrices(AifState state) {
        return state.planning != null ? state.planning.source().I() : efeModel(state.model).I();
    }

    private PolicyPosterior plan(AifState state, double[][] qs) {
        PolicyPrior prior = PolicyPrior.of(config.gamma(), state.model.eData());
        if (state.planning != null) {
            return policyInference.infer(state.planning, qs, prior);
        }
        return policyInference.infer(efeModel(state.model), efeOptions, qs, prior);
    }

    private static Map<String, Double> diagnostics(PolicyPosterior posterior, double vfe) {
        double negEfeMax = Double.NEGATIVE_INFINITY;
        double qPiMax = 0.0;
        double[] qPi = new double[posterior.size()];
        for (int p = 0; p < qPi.length; p++) {
            negEfeMax = Math.max(negEfeMax, posterior.negEfe(p));
            qPi[p] = posterior.qPi(p);
            qPiMax = Math.max(qPiMax, qPi[p]);
        }
        return Map.of("neg_efe_max", negEfeMax, "q_pi_max", qPiMax, "q_pi_entropy", Maths.entropy(qPi), "vfe", vfe);
    }

    /** Appends a step to a window (the action that led to it first), dropping the oldest step of a full one. */
    private Window advance(Window window, int[] obs, int[] actionBefore, GenerativeModel model) {
        if (window == null) {
            return new Window(new int[][] {obs}, new int[0][], new double[1][][], sequence ? priorD(model) : null);
        }
        int length = config.window();
        int n = window.observations.length;
        int[] action = actionBefore != null ? actionBefore : filled(model.numFactors(), -1);
        int[][] observations = append(window.observations, obs);
        int[][] actions = append(window.actions, action);
        double[][][] beliefs = Arrays.copyOf(window.beliefs, n + 1);
        double[][] prior = window.prior;
        if (n == length) {
            if (sequence && length > 1) {
                prior = Inference.empiricalPrior(model, window.beliefs[0], window.actions[0]);
            }
            observations = Arrays.copyOfRange(observations, 1, observations.length);
            actions = Arrays.copyOfRange(actions, 1, actions.length);
            beliefs = Arrays.copyOfRange(beliefs, 1, beliefs.length);
        }
        return new Window(observations, actions, beliefs, prior);
    }

    private static int[][] append(int[][] rows, int[] row) {
        int[][] out = Arrays.copyOf(rows, rows.length + 1);
        out[rows.length] = row;
        return out;
    }

    private static int[] filled(int n, int value) {
        int[] out = new int[n];
        Arrays.fill(out, value);
        return out;
    }

    private static int[] checkObservation(GenerativeModel model, int[] observation) {
        Objects.requireNonNull(observation, "observation");
        if (observation.length != model.numModalities()) {
            throw new IllegalArgumentException("observation: expected one outcome per modality ("
                    + model.numModalities() + "), found " + observation.length);
        }
        for (int m = 0; m < observation.length; m++) {
            int o = observation[m];
            if (o < -1 || o >= model.numObs(m)) {
                throw new IllegalArgumentException("observation[" + m + "]: expected an outcome in [0, "
                        + model.numObs(m) + ") or -1 (no evidence), found " + o);
            }
        }
        return observation.clone();
    }

    /**
     * {@inheritDoc} The agents run as independent tasks on {@link AifConfig#batchThreads()}
     * threads; agent {@code i} uses {@code key.child(i)}, so the result equals per-agent calls
     * whatever the thread count.
     */
    @Override
    public List<Decision<AifState, int[]>> actBatch(Key key, List<AifState> states, List<int[]> observations) {
        if (states.size() != observations.size()) {
            throw new IllegalArgumentException("observations: expected one per agent state (" + states.size()
                    + "), found " + observations.size());
        }
        @SuppressWarnings("unchecked")
        Decision<AifState, int[]>[] out = new Decision[states.size()];
        Parallel.forEach(out.length, config.batchThreads(),
                i -> out[i] = act(key.child(i), states.get(i), observations.get(i)));
        return List.of(out);
    }

    // ------------------------------------------------------------------ learning

    /**
     * {@inheritDoc} With online learning (and pymdp's order, learning after planning), learns
     * from the step {@link #act} just took; when the transition ends the episode, starts a new
     * one ({@link #newEpisode}). Learning uses the action the agent chose, not the transition's.
     */
    @Override
    public AifState learn(AifState state, Transition<int[], int[]> transition) {
        AifState s = state;
        if (s.pending != null) {
            if (onlineLearning && config.legacy().learningOrder() == AifConfig.LearningOrder.AFTER_PLANNING) {
                s = learnOnline(s);
            }
            s = s.withoutPending();
        }
        return transition.done() ? newEpisode(s) : s;
    }

    /** pymdp's {@code update_parameters_online} for the step in {@code state.pending}; consumes it. */
    private AifState learnOnline(AifState state) {
        Pending p = state.pending;
        GenerativeModel model = state.model;
        GenerativeModel learned;
        if (sequence || smoothingWindow) {
            Window w = state.window;
            double[][][] beliefs = w.beliefsByFactor();
            double[][][] obs = Observations.oneHotSequence(w.observationsByModality(), model.numObs());
            learned = ParameterLearning.inferParameters(model, method, learning, beliefs, obs, w.actions,
                    config.learnB() ? beliefs : null);
        } else {
            int factors = model.numFactors();
            double[][][] beliefsA = new double[factors][][];
            double[][][] beliefsB = config.learnB() ? new double[factors][][] : null;
            for (int f = 0; f < factors; f++) {
                beliefsA[f] = new double[][] {p.beliefs()[f]};
                if (beliefsB != null) {
                    beliefsB[f] = new double[][] {p.beliefsBefore()[f], p.beliefs()[f]};
                }
            }
            double[][][] obs = Observations.asSequence(Observations.oneHot(p.observation(), model.numObs()));
            int[][] actions = config.learnB()
                    ? new int[][] {p.actionBefore() != null ? p.actionBefore() : filled(factors, -1)} : null;
            learned = ParameterLearning.inferParameters(model, method, learning, beliefsA, obs, actions, beliefsB);
        }
        AifState out = learned == model ? state : state.with(learned, replan(state.planning, learned));
        return out.withoutPending();
    }

    /**
     * {@inheritDoc} With offline learning, pymdp's {@code infer_parameters} over the steps
     * recorded since the last block (the agent's own filtered posteriors, observations and
     * actions; the block's columns are the same observations and actions), once per episode
     * they contain, in order; with D learning, each episode that started in the block counts its
     * first posterior into {@code pD}. The recorded history is then cleared; beliefs stay.
     */
    @Override
    public AifState learnBlock(AifState state, Block<int[], int[]> block) {
        if (!recordHistory || state.history == null) {
            return state.withoutHistory();
        }
        GenerativeModel model = state.model;
        for (List<Step> episode : state.history.segments()) {
            int steps = episode.size();
            int factors = model.numFactors();
            double[][][] beliefs = new double[factors][steps][];
            int[][] observations = new int[model.numModalities()][steps];
            int[][] actions = new int[steps][];
            for (int t = 0; t < steps; t++) {
                Step s = episode.get(t);
                for (int f = 0; f < factors; f++) {
                    beliefs[f][t] = s.beliefs()[f];
                }
                for (int m = 0; m < observations.length; m++) {
                    observations[m][t] = s.observation()[m];
                }
                actions[t] = s.action();
            }
            if (config.learnA() || config.learnB()) {
                model = ParameterLearning.inferParameters(model, method, learning, beliefs,
                        Observations.oneHotSequence(observations, model.numObs()), actions, null);
            }
            if (config.learnD() && episode.get(0).episodeStart()) {
                model = DirichletLearning.updateD(model, episode.get(0).beliefs(), config.lrD(),
                        config.legacy().countMask());
            }
        }
        AifState out = model == state.model ? state : state.with(model, replan(state.planning, model));
        return out.withoutHistory();
    }

    // ------------------------------------------------------------------ checkpoints

    /** @return {@link AifState} */
    @Override
    public Class<AifState> stateType() {
        return AifState.class;
    }

    /** @return {@link SavedAifState} */
    @Override
    public Class<SavedAifState> savedType() {
        return SavedAifState.class;
    }

    /**
     * {@inheritDoc} The model is written in the model file format; the compiled planner is
     * left out (restoring compiles it again). The stored plan is saved as it is; the search
     * tree of sophisticated inference is saved as flat arrays when the search continues from
     * it ({@code reuseTree}) and left out otherwise, as no later step reads it.
     */
    @Override
    public SavedAifState save(AifState state) {
        Objects.requireNonNull(state, "state");
        Pending p = state.pending;
        SavedAifState.Pending pending = p == null ? null : new SavedAifState.Pending(copyOrNull(p.beliefsBefore()),
                cloneOrNull(p.actionBefore()), cloneOrNull(p.observation()), copyOrNull(p.beliefs()));
        Window w = state.window;
        SavedAifState.Window window = w == null ? null : new SavedAifState.Window(w.observations, w.actions,
                w.beliefs, w.prior);
        List<SavedAifState.Step> history = null;
        if (state.history != null) {
            history = new ArrayList<>(state.history.size);
            for (History h = state.history; h != null; h = h.tail) {
                Step s = h.head;
                history.add(new SavedAifState.Step(s.beliefs(), s.observation(), s.action(), s.episodeStart()));
            }
            java.util.Collections.reverse(history);
        }
        StoredPlan stored = state.plan;
        SavedAifState.Plan plan = stored == null ? null
                : new SavedAifState.Plan(stored.actions(), stored.beliefs(), stored.stepsTaken());
        SearchTree.Nodes tree = state.tree != null && search instanceof PolicySearch.Sophisticated si
                && si.reuseTree() ? state.tree.nodes() : null;
        return new SavedAifState(ModelJson.toTree(state.model), AifState.copy(state.beliefs),
                cloneOrNull(state.action), state.posterior, pending, window, history, state.episodeStep,
                copyOrNull(state.episodeStart), plan, tree);
    }

    /**
     * {@inheritDoc} The model must have this agent's structure and pass the checks the agent
     * made of its own models; the planner is compiled from it as the agent compiles a new model.
     * A saved plan must fit the model, and a saved tree this agent's search ({@code si}) and
     * budgets; the restored tree is continued from exactly as the saved one would have been.
     *
     * @throws IllegalArgumentException if a part is missing or does not fit this agent's models
     */
    @Override
    public AifState restore(SavedAifState saved) {
        Objects.requireNonNull(saved, "saved");
        if (saved.model() == null) {
            throw new IllegalArgumentException("model: expected a saved model, found none");
        }
        GenerativeModel model = ModelJson.modelFromTree(saved.model());
        GenerativeModel mine = models.agent(0);
        if (!Arrays.equals(model.numStates(), mine.numStates()) || !Arrays.equals(model.numObs(), mine.numObs())
                || !Arrays.equals(model.numControls(), mine.numControls())) {
            throw new IllegalArgumentException("model: expected numStates " + Arrays.toString(mine.numStates())
                    + ", numObs " + Arrays.toString(mine.numObs()) + ", numControls "
                    + Arrays.toString(mine.numControls()) + ", found " + Arrays.toString(model.numStates()) + ", "
                    + Arrays.toString(model.numObs()) + ", " + Arrays.toString(model.numControls()));
        }
        check(model);
        checkPolicyPrior(model);
        requireBeliefs("beliefs", saved.beliefs(), model, false);
        requireBeliefs("episodeStart", saved.episodeStart(), model, true);
        if (saved.episodeStep() < 0) {
            throw new IllegalArgumentException("episodeStep: expected a non-negative step count, found "
                    + saved.episodeStep());
        }
        SavedAifState.Pending p = saved.pending();
        Pending pending = p == null ? null : new Pending(p.beliefsBefore(), p.actionBefore(), p.observation(),
                p.beliefs());
        SavedAifState.Window w = saved.window();
        if (w != null && (w.observations() == null || w.actions() == null || w.beliefs() == null
                || w.beliefs().length != w.observations().length)) {
            throw new IllegalArgumentException("window: expected observations, actions and one belief per "
                    + "observation, found " + (w.observations() == null || w.beliefs() == null ? "a missing part"
                    : w.observations().length + " observations and " + w.beliefs().length + " beliefs"));
        }
        Window window = w == null ? null : new Window(w.observations(), w.actions(), w.beliefs(), w.prior());
        History history = null;
        if (saved.history() != null) {
            for (SavedAifState.Step s : saved.history()) {
                history = new History(new Step(s.beliefs(), s.observation(), s.action(), s.episodeStart()), history);
            }
        }
        StoredPlan plan = restorePlan(saved.plan(), model);
        PlanningModel planning = fastPlanner ? PlanningModel.compile(efeModel(model), efeOptions) : null;
        SearchTree tree = null;
        if (saved.tree() != null) {
            if (!(search instanceof PolicySearch.Sophisticated si)) {
                throw new IllegalArgumentException("tree: expected none for policySearch " + config.policySearch().id()
                        + " (only si keeps a search tree), found a saved tree");
            }
            List<DoubleTensor> inductive = planning != null ? planning.source().I() : efeModel(model).I();
            SearchInput input = new SearchInput(model, priorD(model), efeOptions, config.gamma(), config.numIter(),
                    inductive, jointActions, null);
            tree = SearchTree.restore(saved.tree(), si, input);
        }
        return new AifState(model, planning, AifState.copy(saved.beliefs()), cloneOrNull(saved.action()),
                saved.posterior(), pending, window, history, saved.episodeStep(), copyOrNull(saved.episodeStart()),
                tree, plan);
    }

    /** The stored plan of a saved state, its actions and beliefs checked against the model, or null. */
    private static StoredPlan restorePlan(SavedAifState.Plan saved, GenerativeModel model) {
        if (saved == null) {
            return null;
        }
        int[][] actions = saved.actions();
        double[][][] beliefs = saved.beliefs();
        for (int t = 0; actions != null && t < actions.length; t++) {
            int[] a = actions[t];
            boolean fits = a != null && a.length == model.numFactors();
            for (int f = 0; fits && f < a.length; f++) {
                fits = a[f] >= 0 && a[f] < model.numControls(f);
            }
            if (!fits) {
                throw new IllegalArgumentException("plan.actions[" + t + "]: expected one action per factor, each "
                        + "below " + Arrays.toString(model.numControls()) + ", found " + Arrays.toString(a));
            }
        }
        for (int t = 0; beliefs != null && t < beliefs.length; t++) {
            requireBeliefs("plan.beliefs[" + t + "]", beliefs[t], model, false);
        }
        try {
            return StoredPlan.of(actions, beliefs, saved.stepsTaken());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("plan." + e.getMessage(), e);
        }
    }

    private static void requireBeliefs(String field, double[][] beliefs, GenerativeModel model, boolean optional) {
        if (beliefs == null) {
            if (optional) {
                return;
            }
            throw new IllegalArgumentException(field + ": expected one belief vector per factor, found none");
        }
        boolean fits = beliefs.length == model.numFactors();
        for (int f = 0; fits && f < beliefs.length; f++) {
            fits = beliefs[f] != null && beliefs[f].length == model.numStates(f);
        }
        if (!fits) {
            throw new IllegalArgumentException(field + ": expected belief vectors of sizes "
                    + Arrays.toString(model.numStates()) + ", found " + Arrays.deepToString(beliefs));
        }
    }

    private static double[][] copyOrNull(double[][] x) {
        return x == null ? null : AifState.copy(x);
    }

    private static int[] cloneOrNull(int[] x) {
        return x == null ? null : x.clone();
    }

    @Override
    public String toString() {
        return "AifAgent[" + method.pymdpName() + ", " + config.policySearch().id() + ", " + policies.count()
                + " policies of length " + policies.length()
                + ", " + models.batchSize() + " model(s), " + config.learningMode() + "]";
    }
}
