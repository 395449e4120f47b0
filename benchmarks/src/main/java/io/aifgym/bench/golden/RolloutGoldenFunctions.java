package io.aifgym.bench.golden;

import io.aifgym.agents.aif.agent.AifAgent;
import io.aifgym.agents.aif.agent.AifConfig;
import io.aifgym.agents.aif.agent.AifState;
import io.aifgym.agents.aif.control.PolicyPosterior;
import io.aifgym.agents.aif.control.SamplingMode;
import io.aifgym.agents.aif.maths.Dirichlet;
import io.aifgym.agents.aif.model.GenerativeModel;
import io.aifgym.bench.study.LearningGridworldStudy;
import io.aifgym.envs.pomdp.grid.GridWorld;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Block;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.golden.GoldenCase;
import io.aifgym.gym.golden.GoldenFunctions;
import io.aifgym.gym.golden.GoldenValues;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.rollout.Rollout;
import io.aifgym.gym.rollout.Trajectory;
import io.aifgym.gym.tensor.DoubleTensor;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.vector.VectorState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The golden function {@value #ROLLOUT}: pymdp's {@code rollout} with offline or online
 * learning on a small GridWorld, run block by block like the learning-gridworld notebook,
 * through the same code as the study: aifgym's {@link GridWorld} with the case's parameters, an
 * {@link AifAgent} with the case's options, and {@link LearningGridworldStudy#runBlock} for every
 * block (a fresh carry from a reset {@link VectorEnv}, {@link AifAgent#newEpisode},
 * {@link Rollout#run} of {@code T + 1} steps, {@link AifAgent#learnBlock} at the end).
 *
 * <p>Per block it returns {@code actions}, {@code observations}, {@code env_states} (one per
 * step, single factor and modality), {@code qs} (the filtered posterior of every step),
 * {@code q_pi} and {@code neg_efe} (every step), and {@code pB_after} / {@code pA_after} (the
 * Dirichlet parameters at the end of the block, after learning). The per-step beliefs and policy
 * posteriors are read from the agent states the rollout's decisions return, through an
 * {@link Agent} wrapper that only records them; the env states are replayed from the block's
 * reset with the rollout's own keys.
 */
public final class RolloutGoldenFunctions implements GoldenFunctions {

    /** The function name. */
    public static final String ROLLOUT = "jax_rollout_gridworld";

    /** Creates the plugin (ServiceLoader calls this). */
    public RolloutGoldenFunctions() {
        // stateless
    }

    @Override
    public Set<String> functions() {
        return Set.of(ROLLOUT);
    }

    @Override
    public Map<String, Object> evaluate(GoldenCase c) {
        if (!ROLLOUT.equals(c.function())) {
            throw new IllegalArgumentException("function: expected " + ROLLOUT + ", found " + c.function());
        }
        GridWorld env = new GridWorld(gridConfig(c));
        checkEnv(env, c);
        GenerativeModel model = model(c);
        AifAgent agent = new AifAgent(model, agentConfig(c));
        checkPolicies(agent, c);
        int steps = intParam(c, "T") + 1;
        int blocks = intParam(c, "num_blocks");
        VectorEnv<GridWorld.State, int[], int[]> venv = VectorEnv.of(env, 1);
        Key root = Key.of(0);
        List<AifState> states = agent.initBatch(root.child(0), 1);
        List<Object> out = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            Recorder recorder = new Recorder(agent);
            Key blockKey = LearningGridworldStudy.blockKey(root, b);
            Rollout.Result<AifState, GridWorld.State, int[], int[]> r = LearningGridworldStudy.runBlock(recorder, agent,
                    venv, states, blockKey, steps, 1);
            states = r.carry().agentStates();
            out.add(block(c, r.trajectory(), recorder.decisions, envStates(venv, blockKey, r.trajectory()),
                    states.get(0).model()));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("blocks", out);
        return result;
    }

    private static Map<String, Object> block(GoldenCase c, Trajectory<int[], int[]> trajectory,
            List<AifState> decisions, int[] envStates, GenerativeModel learned) {
        int steps = trajectory.steps();
        int[] actions = new int[steps];
        int[] observations = new int[steps];
        double[][] qs = new double[steps][];
        double[][] qPi = new double[steps][];
        double[][] negEfe = new double[steps][];
        for (int t = 0; t < steps; t++) {
            actions[t] = trajectory.actions().get(t).get(0)[0];
            observations[t] = trajectory.observations().get(t).get(0)[0];
            AifState s = decisions.get(t);
            qs[t] = s.beliefs()[0];
            PolicyPosterior p = s.posterior().orElseThrow();
            qPi[t] = p.qPi();
            negEfe[t] = p.negEfe();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("actions", actions);
        out.put("observations", observations);
        out.put("env_states", envStates);
        out.put("qs", Arrays.asList(qs));
        out.put("q_pi", Arrays.asList(qPi));
        out.put("neg_efe", Arrays.asList(negEfe));
        learned.pB(0).ifPresent(pB -> out.put("pB_after", pB));
        learned.pA(0).ifPresent(pA -> out.put("pA_after", pA));
        return out;
    }

    /**
     * The env state behind each step's observation, replayed from the block's reset with the keys
     * {@link Rollout} used: step t steps the env with child 1 of the step's key, and child 2 is the
     * next step's key.
     */
    private static int[] envStates(VectorEnv<GridWorld.State, int[], int[]> venv, Key blockKey,
            Trajectory<int[], int[]> trajectory) {
        int steps = trajectory.steps();
        int[] out = new int[steps];
        VectorState<GridWorld.State, int[]> state = venv.reset(blockKey.child(0)).state();
        Key key = blockKey.child(1);
        for (int t = 0; t < steps; t++) {
            out[t] = state.envState(0).position();
            state = venv.step(key.child(1), state, trajectory.actions().get(t)).state();
            key = key.child(2);
        }
        return out;
    }

    // ------------------------------------------------------------------ the case's env, model and options

    private static GridWorld.Config gridConfig(GoldenCase c) {
        List<Integer> shape = intList(c.params().get("grid_shape"), "grid_shape");
        Object wallsValue = c.params().get("walls");
        List<List<Integer>> walls = new ArrayList<>();
        if (wallsValue != null) {
            for (Object w : GoldenValues.list(wallsValue)) {
                walls.add(intList(w, "walls"));
            }
        }
        Object start = c.params().get("initial_position");
        return new GridWorld.Config(shape, walls, start == null ? null : intList(start, "initial_position"),
                bool(c, "include_stay"), number(c, "success_prob"), false, List.of(), 1.0, 0.0, 0);
    }

    /** The case's env tensors must be the GridWorld's, else the case is not about this env. */
    private static void checkEnv(GridWorld env, GoldenCase c) {
        DoubleTensor b = env.generativeProcess().B().get(0);
        DoubleTensor d = env.generativeProcess().D().get(0);
        DoubleTensor caseB = GoldenValues.tensors(c.input("env_B")).get(0);
        DoubleTensor caseD = GoldenValues.tensors(c.input("env_D")).get(0);
        if (!close(b, caseB) || !close(d, caseD)) {
            throw new IllegalArgumentException("env_B, env_D: expected the tensors of GridWorld " + gridConfig(c)
                    + ", found other values");
        }
    }

    private static GenerativeModel model(GoldenCase c) {
        List<DoubleTensor> pA = optionalTensors(c, "pA");
        List<DoubleTensor> pB = optionalTensors(c, "pB");
        List<DoubleTensor> a = optionalTensors(c, "A");
        List<DoubleTensor> b = optionalTensors(c, "B");
        if (a == null) {
            a = expected(pA, "A");
        }
        if (b == null) {
            b = expected(pB, "B");
        }
        GenerativeModel.Builder builder = GenerativeModel.builder(a, b)
                .C(GoldenValues.tensors(c.input("C")))
                .D(GoldenValues.tensors(c.input("D")));
        if (pA != null) {
            builder.pA(pA);
        }
        if (pB != null) {
            builder.pB(pB);
        }
        return builder.build();
    }

    private static List<DoubleTensor> expected(List<DoubleTensor> prior, String name) {
        if (prior == null) {
            throw new IllegalArgumentException(name + ": expected a tensor or its Dirichlet prior p" + name
                    + ", found neither");
        }
        List<DoubleTensor> out = new ArrayList<>();
        for (DoubleTensor p : prior) {
            out.add(Dirichlet.expectedValue(p));
        }
        return out;
    }

    private static AifConfig agentConfig(GoldenCase c) {
        AifConfig.Algorithm algorithm = AifConfig.Algorithm.valueOf(string(c, "inference_algo").toUpperCase());
        AifConfig.LearningMode mode = AifConfig.LearningMode.valueOf(string(c, "learning_mode").toUpperCase());
        AifConfig.Selection selection = AifConfig.Selection.valueOf(string(c, "action_selection").toUpperCase());
        SamplingMode sampling = SamplingMode.valueOf(string(c, "sampling_mode").toUpperCase());
        return AifConfig.DEFAULT
                .withPolicyLen(intParam(c, "policy_len"))
                .withInference(algorithm, intParam(c, "num_iter"))
                .withPrecisions(number(c, "gamma"), number(c, "alpha"))
                .withActionSelection(selection, sampling)
                .withTerms(bool(c, "use_utility"), bool(c, "use_states_info_gain"), bool(c, "use_param_info_gain"))
                .withLearning(mode, bool(c, "learn_A"), bool(c, "learn_B"));
    }

    /** The agent must plan over the case's policies, in the same order. */
    private static void checkPolicies(AifAgent agent, GoldenCase c) {
        DoubleTensor expected = GoldenValues.tensor(c.input("policies"));
        int[][][] mine = agent.policies().toArray();
        boolean same = expected.dim(0) == mine.length;
        for (int p = 0; same && p < mine.length; p++) {
            for (int t = 0; same && t < mine[p].length; t++) {
                for (int f = 0; same && f < mine[p][t].length; f++) {
                    same = mine[p][t][f] == expected.get(p, t, f);
                }
            }
        }
        if (!same) {
            throw new IllegalArgumentException("policies: expected the agent's enumeration of " + mine.length
                    + " policies, found " + expected.dim(0) + " in another order");
        }
    }

    // ------------------------------------------------------------------ JSON helpers

    private static List<DoubleTensor> optionalTensors(GoldenCase c, String key) {
        Object v = c.input(key);
        return v == null ? null : GoldenValues.tensors(v);
    }

    private static boolean close(DoubleTensor x, DoubleTensor y) {
        if (!Arrays.equals(x.shape(), y.shape())) {
            return false;
        }
        double[] a = x.unsafeData();
        double[] b = y.unsafeData();
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > 1e-12) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> intList(Object v, String name) {
        List<Integer> out = new ArrayList<>();
        for (int x : GoldenValues.ints(v)) {
            out.add(x);
        }
        return out;
    }

    private static Object param(GoldenCase c, String key) {
        Object v = c.params().get(key);
        if (v == null) {
            throw new IllegalArgumentException(c.function() + "/" + c.name() + ": missing param '" + key + "'");
        }
        return v;
    }

    private static int intParam(GoldenCase c, String key) {
        Object v = param(c, key);
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new IllegalArgumentException(key + ": expected an integer, found " + v);
        }
        return n.intValue();
    }

    private static double number(GoldenCase c, String key) {
        Object v = param(c, key);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException(key + ": expected a number, found " + v);
        }
        return n.doubleValue();
    }

    private static boolean bool(GoldenCase c, String key) {
        Object v = param(c, key);
        if (!(v instanceof Boolean b)) {
            throw new IllegalArgumentException(key + ": expected true or false, found " + v);
        }
        return b;
    }

    private static String string(GoldenCase c, String key) {
        Object v = param(c, key);
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException(key + ": expected a string, found " + v);
        }
        return s;
    }

    /**
     * An agent that behaves exactly as the one it wraps and records the state of every decision
     * (the beliefs and policy posterior of each step), for one single-agent rollout.
     */
    private static final class Recorder implements Agent<AifState, int[], int[]> {

        private final AifAgent agent;
        private final List<AifState> decisions = new ArrayList<>();

        Recorder(AifAgent agent) {
            this.agent = agent;
        }

        @Override
        public AifState init(Key key) {
            return agent.init(key);
        }

        @Override
        public Decision<AifState, int[]> act(Key key, AifState state, int[] observation) {
            Decision<AifState, int[]> d = agent.act(key, state, observation);
            decisions.add(d.state());
            return d;
        }

        @Override
        public List<Decision<AifState, int[]>> actBatch(Key key, List<AifState> states, List<int[]> observations) {
            List<Decision<AifState, int[]>> out = agent.actBatch(key, states, observations);
            if (out.size() != 1) {
                throw new IllegalStateException("Recorder: expected a rollout of one agent, found " + out.size());
            }
            decisions.add(out.get(0).state());
            return out;
        }

        @Override
        public AifState learn(AifState state, Transition<int[], int[]> transition) {
            return agent.learn(state, transition);
        }

        @Override
        public AifState learnBlock(AifState state, Block<int[], int[]> block) {
            return agent.learnBlock(state, block);
        }
    }
}
