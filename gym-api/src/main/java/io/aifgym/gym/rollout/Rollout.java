package io.aifgym.gym.rollout;

import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.vector.Parallel;
import io.aifgym.gym.vector.VectorEnv;
import io.aifgym.gym.vector.VectorReset;
import io.aifgym.gym.vector.VectorStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs any agent against any env or vector env for a number of steps from one key and
 * returns the final {@link Carry} and a columnar {@link Trajectory} (pymdp's
 * {@code rollout}, gymnax's {@code single_rollout}).
 *
 * <p>Each step splits the carry's key in three: child 0 for the agents (agent i uses its
 * child i), child 1 for the env, child 2 becomes the next carry key. After the env step each
 * agent's {@link Agent#learn} sees the transition; after the last step, if offline learning
 * is on, each agent's {@link Agent#learnBlock} sees its block. The start of a rollout splits
 * the root key: child 0 initialises the agents, child 1 resets the env, child 2 starts the
 * loop.
 *
 * <pre>{@code
 * Rollout.Result<AS, ES, O, A> r = Rollout.run(agent, VectorEnv.of(env, 20), 50, Key.of(0));
 * Rollout.Result<AS, ES, O, A> next = Rollout.run(agent, venv, 50, r.carry()); // next block
 * }</pre>
 */
public final class Rollout {

    private Rollout() {
    }

    /**
     * What a rollout returns.
     *
     * @param carry the final carry
     * @param trajectory what happened
     * @param <AS> the agent state
     * @param <ES> the env state
     * @param <O> the observation
     * @param <A> the action
     */
    public record Result<AS, ES, O, A>(Carry<AS, ES, O> carry, Trajectory<O, A> trajectory) {
    }

    /**
     * Options of a rollout.
     *
     * @param learnOffline whether {@link Agent#learnBlock} runs after the last step
     * @param agentThreads threads over which a batch's per-agent learning runs
     */
    public record Options(boolean learnOffline, int agentThreads) {

        /** Offline learning at the end of the block, one thread. */
        public static final Options DEFAULT = new Options(true, 1);

        /** Validates the options. */
        public Options {
            if (agentThreads <= 0) {
                throw new IllegalArgumentException("agentThreads: expected at least 1, found " + agentThreads);
            }
        }
    }

    /**
     * Starts a carry: agent i initialised with child i of {@code key.child(0)}, the env reset with
     * {@code key.child(1)}, the loop key {@code key.child(2)}.
     *
     * @param agent the agent
     * @param env the vector env
     * @param key the root key
     * @param <AS> the agent state
     * @param <ES> the env state
     * @param <O> the observation
     * @param <A> the action
     * @return the initial carry
     */
    public static <AS, ES, O, A> Carry<AS, ES, O> start(Agent<AS, O, A> agent, VectorEnv<ES, O, A> env, Key key) {
        List<AS> states = agent.initBatch(key.child(0), env.numEnvs());
        VectorReset<ES, O> reset = env.reset(key.child(1));
        return new Carry<>(states, reset.state(), reset.observations(), key.child(2));
    }

    /**
     * Runs a fresh rollout from a root key.
     *
     * @param agent the agent
     * @param env the vector env
     * @param steps the number of steps, non-negative
     * @param key the root key
     * @param <AS> the agent state
     * @param <ES> the env state
     * @param <O> the observation
     * @param <A> the action
     * @return the final carry and the trajectory
     */
    public static <AS, ES, O, A> Result<AS, ES, O, A> run(Agent<AS, O, A> agent, VectorEnv<ES, O, A> env,
            int steps, Key key) {
        return run(agent, env, steps, start(agent, env, key), Options.DEFAULT);
    }

    /**
     * Runs a single env (a vector env of one slot, resetting in the same step).
     *
     * @param agent the agent
     * @param env the env
     * @param steps the number of steps
     * @param key the root key
     * @param <AS> the agent state
     * @param <ES> the env state
     * @param <O> the observation
     * @param <A> the action
     * @return the final carry and the trajectory
     */
    public static <AS, ES, O, A> Result<AS, ES, O, A> run(Agent<AS, O, A> agent, Env<ES, O, A> env, int steps,
            Key key) {
        return run(agent, VectorEnv.of(env, 1), steps, key);
    }

    /**
     * Continues from a carry (a previous result's, or one built by hand).
     *
     * @param agent the agent
     * @param env the vector env
     * @param steps the number of steps, non-negative
     * @param carry where to start
     * @param options offline learning and threads
     * @param <AS> the agent state
     * @param <ES> the env state
     * @param <O> the observation
     * @param <A> the action
     * @return the final carry and the trajectory
     */
    public static <AS, ES, O, A> Result<AS, ES, O, A> run(Agent<AS, O, A> agent, VectorEnv<ES, O, A> env,
            int steps, Carry<AS, ES, O> carry, Options options) {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(carry, "carry");
        if (steps < 0) {
            throw new IllegalArgumentException("steps: expected a non-negative number of steps, found " + steps);
        }
        int n = env.numEnvs();
        if (carry.envState().size() != n) {
            throw new IllegalArgumentException("carry: expected " + n + " env slots, found " + carry.envState().size());
        }
        List<AS> states = new ArrayList<>(carry.agentStates());
        List<O> obs = carry.observations();
        var envState = carry.envState();
        Key key = carry.key();
        List<List<O>> obsColumn = new ArrayList<>(steps);
        List<List<A>> actColumn = new ArrayList<>(steps);
        double[][] rewards = new double[steps][];
        boolean[][] terminated = new boolean[steps][];
        boolean[][] truncated = new boolean[steps][];
        Map<String, double[][]> diagnostics = new HashMap<>();
        for (int t = 0; t < steps; t++) {
            Key keyAct = key.child(0);
            Key keyEnv = key.child(1);
            key = key.child(2);
            List<Decision<AS, A>> decisions = agent.actBatch(keyAct, states, obs);
            List<A> actions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Decision<AS, A> d = decisions.get(i);
                actions.add(d.action());
                for (Map.Entry<String, Double> e : d.diagnostics().entrySet()) {
                    double[][] column = diagnostics.computeIfAbsent(e.getKey(), k -> nanMatrix(steps, n));
                    column[t][i] = e.getValue();
                }
            }
            VectorStep<ES, O> s = env.step(keyEnv, envState, actions);
            List<O> current = obs;
            Object[] learned = new Object[n];
            Parallel.forEach(n, options.agentThreads(), i -> {
                O next = s.finalObservation(i) != null ? s.finalObservation(i) : s.observations().get(i);
                learned[i] = agent.learn(decisions.get(i).state(), new Transition<>(current.get(i), actions.get(i),
                        s.reward(i), next, s.terminated(i), s.truncated(i)));
            });
            states = castList(learned);
            obsColumn.add(current);
            actColumn.add(List.copyOf(actions));
            rewards[t] = s.rewards();
            terminated[t] = s.terminated();
            truncated[t] = s.truncated();
            obs = s.observations();
            envState = s.state();
        }
        Trajectory<O, A> trajectory = new Trajectory<>(obsColumn, actColumn, rewards, terminated, truncated,
                diagnostics);
        if (options.learnOffline() && steps > 0) {
            List<AS> before = states;
            Object[] learned = new Object[n];
            Parallel.forEach(n, options.agentThreads(), i -> learned[i] = agent.learnBlock(before.get(i),
                    trajectory.block(i)));
            states = castList(learned);
        }
        return new Result<>(new Carry<>(states, envState, obs, key), trajectory);
    }

    private static double[][] nanMatrix(int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            Arrays.fill(row, Double.NaN);
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castList(Object[] values) {
        return (List<T>) Arrays.asList(values);
    }
}
