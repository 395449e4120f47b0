package io.aifgym.envs.pomdp;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.tensor.DoubleTensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * pymdp's generic {@code PymdpEnv} (pymdp/envs/env.py): a categorical POMDP given by its A, B
 * and D tensors and their dependencies, multi-factor and multi-modality.
 *
 * <p><b>Generative process.</b> As given, in pymdp's layouts: {@code A[m]} of shape
 * {@code (numObs[m], numStates[aDependencies[m]]...)}, {@code B[f]} of shape
 * {@code (numStates[f], numStates[bDependencies[f]]..., numControls[f])}, {@code D[f]} of
 * shape {@code (numStates[f])}. Dependencies default as in pymdp: every modality depends on
 * every factor, every factor on itself. Every column must sum to one.
 *
 * <p><b>Observation.</b> {@code int[M]}, one outcome index per modality, in
 * {@code MultiDiscrete(numObs)}; with {@code categoricalObs} the concatenated one-hots
 * ({@link CategoricalObservations}).
 *
 * <p><b>Action.</b> {@code int[F]}, one control index per factor, in
 * {@code MultiDiscrete(numControls)} (0 for an uncontrolled factor).
 *
 * <p><b>Reward.</b> 0 unless {@code rewardModality} is set: then
 * {@code rewardValues[o]} for the outcome {@code o} observed in that modality after the step.
 *
 * <p><b>Termination and truncation.</b> Terminated when the outcome of {@code rewardModality}
 * is one of {@code terminalOutcomes} (never by default). Truncated by the registry's time
 * limit after {@code maxEpisodeSteps}.
 *
 * <p><b>State.</b> {@link PomdpState}: one index per factor.
 *
 * <p>Keys follow pymdp: reset draws factor {@code f} with {@code key.child(f + 1)} and the
 * observation with {@code key.child(0)}; a step draws factor {@code f} with
 * {@code key.child(0).child(f)} and modality {@code m} with {@code key.child(1).child(m)}.
 * pymdp's per-call {@code env_params} are {@link #reset(Key, Params)} and
 * {@link #step(Key, PomdpState, int[], Params)}; its {@code reset(key, state)} is
 * {@link #resetTo} and {@code step(key, state, None)} is {@link #observe}.
 */
public final class PomdpEnv extends AbstractPomdpEnv<PomdpState> {

    /** The registry id. */
    public static final String ID = "PomdpEnv-v0";

    private static final String DESCRIPTION = "pymdp PymdpEnv: a categorical POMDP given by A, B, D and dependencies";

    /**
     * The configuration: the model as nested lists (JSON/YAML arrays in row-major order).
     *
     * @param A per modality, the likelihood tensor as nested lists
     * @param B per factor, the transition tensor as nested lists
     * @param D per factor, the initial distribution as a list
     * @param aDependencies per modality, the factors it depends on; null for "all factors"
     * @param bDependencies per factor, the factors its transition depends on; null for "itself"
     * @param categoricalObs whether observations are one-hot (default false)
     * @param rewardModality the modality whose outcome sets the reward, or null for reward 0
     * @param rewardValues the reward of each outcome of {@code rewardModality}
     * @param terminalOutcomes the outcomes of {@code rewardModality} that end the episode
     * @param maxEpisodeSteps the time limit, 0 for none (default 100)
     */
    public record Config(List<Object> A, List<Object> B, List<Object> D, List<List<Integer>> aDependencies,
            List<List<Integer>> bDependencies, boolean categoricalObs, Integer rewardModality,
            List<Double> rewardValues, List<Integer> terminalOutcomes, int maxEpisodeSteps) {

        /**
         * A noisy two-state switch: observation 0 is seen with probability 0.9 in state 0 and 0.2 in
         * state 1; action 0 keeps the state, action 1 swaps it; D uniform; no reward (a config that
         * replaces the model need not undo a reward that no longer fits it).
         */
        public static final Config DEFAULT = new Config(
                List.of(List.of(List.of(0.9, 0.2), List.of(0.1, 0.8))),
                List.of(List.of(List.of(List.of(1.0, 0.0), List.of(0.0, 1.0)),
                        List.of(List.of(0.0, 1.0), List.of(1.0, 0.0)))),
                List.of(List.of(0.5, 0.5)), null, null, false, null, List.of(), List.of(), 100);

        /** Validates the model (shapes, dependencies, normalisation) and the reward, and copies the lists. */
        public Config {
            A = copyTensors(A, "A");
            B = copyTensors(B, "B");
            D = copyTensors(D, "D");
            aDependencies = copyDependencies(aDependencies, "aDependencies");
            bDependencies = copyDependencies(bDependencies, "bDependencies");
            rewardValues = rewardValues == null ? List.of() : List.copyOf(rewardValues);
            terminalOutcomes = terminalOutcomes == null ? List.of() : List.copyOf(terminalOutcomes);
            GenerativeProcess process = toProcess(A, B, D, aDependencies, bDependencies);
            new ProcessKernel(process);
            int[] numObs = process.numObs();
            if (rewardModality == null) {
                if (!rewardValues.isEmpty() || !terminalOutcomes.isEmpty()) {
                    throw new IllegalArgumentException("rewardModality: expected a modality when rewardValues or "
                            + "terminalOutcomes are given, found null");
                }
            } else {
                if (rewardModality < 0 || rewardModality >= numObs.length) {
                    throw new IllegalArgumentException("rewardModality: expected a modality in [0, " + numObs.length
                            + "), found " + rewardModality);
                }
                if (rewardValues.size() != numObs[rewardModality]) {
                    throw new IllegalArgumentException("rewardValues: expected one reward per outcome of modality "
                            + rewardModality + " (" + numObs[rewardModality] + "), found " + rewardValues.size());
                }
                for (int i = 0; i < rewardValues.size(); i++) {
                    if (rewardValues.get(i) == null || !Double.isFinite(rewardValues.get(i))) {
                        throw new IllegalArgumentException("rewardValues[" + i + "]: expected a finite number, found "
                                + rewardValues.get(i));
                    }
                }
                for (int i = 0; i < terminalOutcomes.size(); i++) {
                    Integer o = terminalOutcomes.get(i);
                    if (o == null || o < 0 || o >= numObs[rewardModality]) {
                        throw new IllegalArgumentException("terminalOutcomes[" + i + "]: expected an outcome in [0, "
                                + numObs[rewardModality] + "), found " + o);
                    }
                }
            }
            if (maxEpisodeSteps < 0) {
                throw new IllegalArgumentException("maxEpisodeSteps: expected 0 (no limit) or a positive limit, found "
                        + maxEpisodeSteps);
            }
        }

        /**
         * A config for a process, without reward, with a limit of 100 steps.
         *
         * @param process the process
         * @return the config
         */
        public static Config of(GenerativeProcess process) {
            return new Config(process.A().stream().map(NestedLists::fromTensor).toList(),
                    process.B().stream().map(NestedLists::fromTensor).toList(),
                    process.D().stream().map(NestedLists::fromTensor).toList(), toLists(process.aDependencies()),
                    toLists(process.bDependencies()), false, null, List.of(), List.of(), 100);
        }

        /**
         * The generative process this config describes (with no labels).
         *
         * @return the process
         */
        public GenerativeProcess process() {
            return toProcess(A, B, D, aDependencies, bDependencies);
        }

        private static List<Object> copyTensors(List<Object> tensors, String name) {
            if (tensors == null || tensors.isEmpty()) {
                throw new IllegalArgumentException(name + ": expected at least one tensor, found "
                        + (tensors == null ? "null" : "none"));
            }
            List<Object> out = new ArrayList<>(tensors.size());
            for (int i = 0; i < tensors.size(); i++) {
                out.add(NestedLists.copy(tensors.get(i), name + "[" + i + "]"));
            }
            return List.copyOf(out);
        }

        private static List<List<Integer>> copyDependencies(List<List<Integer>> deps, String name) {
            if (deps == null) {
                return null;
            }
            List<List<Integer>> out = new ArrayList<>(deps.size());
            for (int i = 0; i < deps.size(); i++) {
                List<Integer> d = deps.get(i);
                if (d == null || d.stream().anyMatch(Objects::isNull)) {
                    throw new IllegalArgumentException(name + "[" + i + "]: expected a list of factor indices, found "
                            + d);
                }
                out.add(List.copyOf(d));
            }
            return List.copyOf(out);
        }

        private static List<List<Integer>> toLists(int[][] deps) {
            return Arrays.stream(deps).map(d -> Arrays.stream(d).boxed().toList()).toList();
        }
    }

    /**
     * Parameters that replace the env's tensors for one call (pymdp's {@code env_params}); the
     * dependencies always come from the env.
     *
     * @param A per modality, with the env's shapes
     * @param B per factor, with the env's shapes
     * @param D per factor, with the env's shapes
     */
    public record Params(List<DoubleTensor> A, List<DoubleTensor> B, List<DoubleTensor> D) {

        /** Copies the lists. */
        public Params {
            A = List.copyOf(A);
            B = List.copyOf(B);
            D = List.copyOf(D);
        }
    }

    private final Integer rewardModality;
    private final double[] rewardValues;
    private final boolean[] terminal;

    /**
     * The env of a config ({@code categoricalObs} is applied by {@link #create}).
     *
     * @param config the validated config
     */
    public PomdpEnv(Config config) {
        this(EnvSpec.of(ID, config.maxEpisodeSteps(), DESCRIPTION), config.process(), config.rewardModality(),
                config.rewardValues().stream().mapToDouble(Double::doubleValue).toArray(),
                config.terminalOutcomes().stream().mapToInt(Integer::intValue).toArray());
    }

    private PomdpEnv(EnvSpec spec, GenerativeProcess process, Integer rewardModality, double[] rewardValues,
            int[] terminalOutcomes) {
        super(spec, process);
        this.rewardModality = rewardModality;
        this.rewardValues = rewardValues.clone();
        this.terminal = new boolean[rewardModality == null ? 0 : process.numObs()[rewardModality]];
        for (int o : terminalOutcomes) {
            terminal[o] = true;
        }
    }

    /**
     * The env of a process (pymdp's {@code PymdpEnv(A, B, D, A_dependencies, B_dependencies)}):
     * no reward, no termination, no time limit.
     *
     * @param process the process
     * @return the env
     * @throws IllegalArgumentException if a column of A or B, or a D, is not a distribution
     */
    public static PomdpEnv of(GenerativeProcess process) {
        return new PomdpEnv(EnvSpec.of(ID, 0, DESCRIPTION), process, null, new double[0], new int[0]);
    }

    /**
     * The env as the config asks: one-hot observations when {@code categoricalObs}.
     *
     * @param config the config
     * @return the env, wrapped in {@link CategoricalObservations} if asked
     */
    public static Env<PomdpState, ?, int[]> create(Config config) {
        return CategoricalObservations.encode(new PomdpEnv(config), config.categoricalObs());
    }

    /**
     * The same env with other tensors of the same shapes (dependencies, labels, reward and
     * limit unchanged).
     *
     * @param params the tensors
     * @return the new env
     * @throws IllegalArgumentException if a shape differs or a column is not a distribution
     */
    public PomdpEnv withParams(Params params) {
        GenerativeProcess p = generativeProcess();
        checkShapes(p.A(), params.A(), "A");
        checkShapes(p.B(), params.B(), "B");
        checkShapes(p.D(), params.D(), "D");
        GenerativeProcess replaced = new GenerativeProcess(params.A(), params.B(), params.D(), p.aDependencies(),
                p.bDependencies(), p.labels());
        int[] terminalOutcomes = new int[0];
        for (int o = 0; o < terminal.length; o++) {
            if (terminal[o]) {
                terminalOutcomes = Arrays.copyOf(terminalOutcomes, terminalOutcomes.length + 1);
                terminalOutcomes[terminalOutcomes.length - 1] = o;
            }
        }
        return new PomdpEnv(spec(), replaced, rewardModality, rewardValues, terminalOutcomes);
    }

    private static void checkShapes(List<DoubleTensor> expected, List<DoubleTensor> found, String name) {
        if (expected.size() != found.size()) {
            throw new IllegalArgumentException(name + ": expected " + expected.size() + " tensors, found "
                    + found.size());
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!Arrays.equals(expected.get(i).shape(), found.get(i).shape())) {
                throw new IllegalArgumentException(name + "[" + i + "]: expected shape "
                        + Arrays.toString(expected.get(i).shape()) + ", found "
                        + Arrays.toString(found.get(i).shape()));
            }
        }
    }

    /**
     * A reset with other tensors for this call (compiles them; for many calls use
     * {@link #withParams}).
     *
     * @param key the key
     * @param params the tensors
     * @return the first observation and state
     */
    public Reset<PomdpState, int[]> reset(Key key, Params params) {
        return withParams(params).reset(key);
    }

    /**
     * A step with other tensors for this call (compiles them; for many calls use
     * {@link #withParams}).
     *
     * @param key the key
     * @param state the state
     * @param action one action per factor
     * @param params the tensors
     * @return the step
     */
    public Step<PomdpState, int[]> step(Key key, PomdpState state, int[] action, Params params) {
        return withParams(params).step(key, state, action);
    }

    @Override
    protected PomdpState state(int[] factors) {
        return new PomdpState(factors);
    }

    @Override
    protected double reward(PomdpState from, PomdpState to, int[] observation) {
        return rewardModality == null ? 0.0 : rewardValues[observation[rewardModality]];
    }

    @Override
    protected boolean terminated(PomdpState to, int[] observation) {
        return rewardModality != null && terminal[observation[rewardModality]];
    }

    private static GenerativeProcess toProcess(List<Object> a, List<Object> b, List<Object> d,
            List<List<Integer>> aDeps, List<List<Integer>> bDeps) {
        List<DoubleTensor> as = new ArrayList<>();
        List<DoubleTensor> bs = new ArrayList<>();
        List<DoubleTensor> ds = new ArrayList<>();
        for (int m = 0; m < a.size(); m++) {
            as.add(NestedLists.toTensor(a.get(m), "A[" + m + "]"));
        }
        for (int f = 0; f < b.size(); f++) {
            bs.add(NestedLists.toTensor(b.get(f), "B[" + f + "]"));
        }
        for (int f = 0; f < d.size(); f++) {
            ds.add(NestedLists.toTensor(d.get(f), "D[" + f + "]"));
        }
        int numFactors = bs.size();
        int[][] aDependencies = new int[as.size()][];
        for (int m = 0; m < as.size(); m++) {
            aDependencies[m] = aDeps == null ? range(numFactors) : toArray(aDeps, m, numFactors, "aDependencies");
        }
        int[][] bDependencies = new int[numFactors][];
        for (int f = 0; f < numFactors; f++) {
            bDependencies[f] = bDeps == null ? new int[] {f} : toArray(bDeps, f, numFactors, "bDependencies");
        }
        return new GenerativeProcess(as, bs, ds, aDependencies, bDependencies, GenerativeProcess.Labels.NONE);
    }

    private static int[] toArray(List<List<Integer>> deps, int i, int numFactors, String name) {
        if (i >= deps.size()) {
            throw new IllegalArgumentException(name + ": expected an entry for index " + i + ", found "
                    + deps.size() + " entries");
        }
        int[] out = deps.get(i).stream().mapToInt(Integer::intValue).toArray();
        for (int f : out) {
            if (f < 0 || f >= numFactors) {
                throw new IllegalArgumentException(name + "[" + i + "]: expected factor indices in [0, " + numFactors
                        + "), found " + deps.get(i));
            }
        }
        return out;
    }

    private static int[] range(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** A short description of the model's sizes. */
    @Override
    public String toString() {
        return "PomdpEnv(numStates " + Arrays.toString(generativeProcess().numStates()) + ", numObs "
                + Arrays.toString(generativeProcess().numObs()) + ", numControls "
                + Arrays.toString(generativeProcess().numControls()) + ", rewardModality "
                + Objects.toString(rewardModality) + ")";
    }
}
