package io.aifgym.gym.vector;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Batch;
import io.aifgym.gym.space.Space;
import io.aifgym.gym.wrap.AutoReset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code n} copies of one env stepped in lock-step from one key (Jumanji's {@code VmapWrapper},
 * gymnax's {@code vmap}). Slot {@code i} uses {@code key.child(i)} and the per-slot logic of
 * {@link AutoReset} in the chosen {@link AutoresetMode}, so a vector env equals {@code n}
 * scalar {@code AutoReset} runs with those keys, bit for bit, whatever the number of threads.
 * Unlike Brax, a reset draws a new initial state from the slot's key (it does not reuse a
 * cached first state).
 *
 * <pre>{@code
 * VectorEnv<S, O, A> venv = VectorEnv.of(env, 64).withThreads(2);
 * VectorReset<S, O> r = venv.reset(key.child(0));
 * VectorStep<S, O> s = venv.step(key.child(1), r.state(), actions);
 * }</pre>
 *
 * @param <S> the env state
 * @param <O> the observation
 * @param <A> the action
 */
public final class VectorEnv<S, O, A> {

    private final Env<S, O, A> env;
    private final AutoReset<S, O, A> slotEnv;
    private final int n;
    private final int threads;

    private VectorEnv(Env<S, O, A> env, int n, AutoresetMode mode, int threads) {
        this.env = Objects.requireNonNull(env, "env");
        if (n <= 0) {
            throw new IllegalArgumentException("numEnvs: expected at least 1 env, found " + n);
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("threads: expected at least 1 thread, found " + threads);
        }
        this.slotEnv = new AutoReset<>(env, Objects.requireNonNull(mode, "mode"));
        this.n = n;
        this.threads = threads;
    }

    /**
     * {@code n} copies of {@code env}, {@link AutoresetMode#SAME_STEP}, stepped on the caller's thread.
     *
     * @param env the env
     * @param n the number of copies, positive
     * @param <S> the env state
     * @param <O> the observation
     * @param <A> the action
     * @return the vector env
     */
    public static <S, O, A> VectorEnv<S, O, A> of(Env<S, O, A> env, int n) {
        return new VectorEnv<>(env, n, AutoresetMode.SAME_STEP, 1);
    }

    /**
     * The same vector env with another reset mode.
     *
     * @param mode the mode
     * @return a new vector env
     */
    public VectorEnv<S, O, A> withMode(AutoresetMode mode) {
        return new VectorEnv<>(env, n, mode, threads);
    }

    /**
     * The same vector env stepping its slots on {@code threads} threads (same results).
     *
     * @param threads the number of threads, positive
     * @return a new vector env
     */
    public VectorEnv<S, O, A> withThreads(int threads) {
        return new VectorEnv<>(env, n, slotEnv.mode(), threads);
    }

    /** @return the number of slots */
    public int numEnvs() {
        return n;
    }

    /** @return the reset mode */
    public AutoresetMode mode() {
        return slotEnv.mode();
    }

    /** @return the number of threads */
    public int threads() {
        return threads;
    }

    /** @return the env of one slot */
    public Env<S, O, A> env() {
        return env;
    }

    /** @return the observation space of one slot */
    public Space<O> singleObservationSpace() {
        return env.observationSpace();
    }

    /** @return the action space of one slot */
    public Space<A> singleActionSpace() {
        return env.actionSpace();
    }

    /** @return the batched observation space */
    public Batch<O> observationSpace() {
        return env.observationSpace().batched(n);
    }

    /** @return the batched action space */
    public Batch<A> actionSpace() {
        return env.actionSpace().batched(n);
    }

    /**
     * Resets every slot; slot i uses {@code key.child(i)}.
     *
     * @param key the key
     * @return the observations and vector state
     */
    @SuppressWarnings("unchecked")
    public VectorReset<S, O> reset(Key key) {
        Objects.requireNonNull(key, "key");
        Object[] obs = new Object[n];
        AutoReset.State<S, O>[] states = new AutoReset.State[n];
        Parallel.forEach(n, threads, i -> {
            Reset<AutoReset.State<S, O>, O> r = slotEnv.reset(key.child(i));
            obs[i] = r.observation();
            states[i] = r.state();
        });
        return new VectorReset<>((List<O>) Arrays.asList(obs), new VectorState<>(Arrays.asList(states)));
    }

    /**
     * Steps every slot; slot i uses {@code key.child(i)}.
     *
     * @param key the key
     * @param state the vector state
     * @param actions one action per slot
     * @return the columnar step
     */
    @SuppressWarnings("unchecked")
    public VectorStep<S, O> step(Key key, VectorState<S, O> state, List<A> actions) {
        Objects.requireNonNull(key, "key");
        if (state.size() != n || actions.size() != n) {
            throw new IllegalArgumentException("VectorEnv.step: expected " + n + " slot states and actions, found "
                    + state.size() + " and " + actions.size());
        }
        Object[] obs = new Object[n];
        Object[] finals = new Object[n];
        AutoReset.State<S, O>[] states = new AutoReset.State[n];
        double[] rewards = new double[n];
        boolean[] terminated = new boolean[n];
        boolean[] truncated = new boolean[n];
        Map<String, Double>[] metrics = new Map[n];
        List<AutoReset.State<S, O>> slots = state.slots();
        Parallel.forEach(n, threads, i -> {
            Step<AutoReset.State<S, O>, O> s = slotEnv.step(key.child(i), slots.get(i), actions.get(i));
            obs[i] = s.observation();
            states[i] = s.state();
            finals[i] = s.state().finalObservation();
            rewards[i] = s.reward();
            terminated[i] = s.terminated();
            truncated[i] = s.truncated();
            metrics[i] = s.metrics();
        });
        return new VectorStep<>((List<O>) Arrays.asList(obs), new VectorState<>(Arrays.asList(states)), rewards,
                terminated, truncated, (List<O>) Arrays.asList(finals), Arrays.asList(metrics));
    }
}
