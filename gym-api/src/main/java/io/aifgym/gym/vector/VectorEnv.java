package io.aifgym.gym.vector;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Batch;
import io.aifgym.gym.space.Space;
import io.aifgym.gym.wrap.AutoReset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;

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
    /** The final observations of a step in which no slot reset: n nulls, read-only. */
    private final List<O> noFinals;
    /** The metrics of a step in which every slot's are empty: n empty maps, read-only. */
    private final List<Map<String, Double>> noMetrics;

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
        this.noFinals = Collections.unmodifiableList(Collections.nCopies(n, null));
        this.noMetrics = Collections.unmodifiableList(Collections.nCopies(n, Map.of()));
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
        if (threads == 1) {
            for (int i = 0; i < n; i++) {
                resetSlot(key, i, obs, states);
            }
        } else {
            Parallel.forEach(n, threads, i -> resetSlot(key, i, obs, states));
        }
        return new VectorReset<>((List<O>) List.of(obs), new VectorState<>(List.of(states)));
    }

    private void resetSlot(Key key, int i, Object[] obs, AutoReset.State<S, O>[] states) {
        Reset<AutoReset.State<S, O>, O> r = slotEnv.reset(key.child(i));
        obs[i] = r.observation();
        states[i] = r.state();
    }

    /**
     * Steps every slot; slot i uses {@code key.child(i)}.
     *
     * @param key the key
     * @param state the vector state
     * @param actions one action per slot
     * @return the columnar step
     */
    public VectorStep<S, O> step(Key key, VectorState<S, O> state, List<A> actions) {
        Objects.requireNonNull(key, "key");
        if (state.size() != n || actions.size() != n) {
            throw new IllegalArgumentException("VectorEnv.step: expected " + n + " slot states and actions, found "
                    + state.size() + " and " + actions.size());
        }
        StepColumns c = new StepColumns(key, state.slots(), actions);
        if (threads == 1) {
            for (int i = 0; i < n; i++) {
                c.accept(i);
            }
        } else {
            Parallel.forEach(n, threads, c);
        }
        return c.toStep();
    }

    /**
     * The columns of one {@link #step}, filled slot by slot. {@link #accept} is the per-slot
     * logic of {@link AutoReset#step} written straight into the columns (same keys, same
     * calls, same values), without the wrapper's intermediate {@link Step} per slot. On one
     * thread the final-observation and metrics columns are made only when a slot needs them
     * (a reset, non-empty metrics); until then they are the shared {@code noFinals} and
     * {@code noMetrics}, which hold the same values.
     */
    private final class StepColumns implements IntConsumer {

        private final Key key;
        private final List<AutoReset.State<S, O>> slots;
        private final List<A> actions;
        private final Object[] obs = new Object[n];
        private Object[] finals;
        private final AutoReset.State<S, O>[] states;
        private final double[] rewards = new double[n];
        private final boolean[] terminated = new boolean[n];
        private final boolean[] truncated = new boolean[n];
        private Map<String, Double>[] metrics;

        @SuppressWarnings("unchecked")
        StepColumns(Key key, List<AutoReset.State<S, O>> slots, List<A> actions) {
            this.key = key;
            this.slots = slots;
            this.actions = actions;
            this.states = new AutoReset.State[n];
            if (threads > 1) {
                finals = new Object[n];
                metrics = new Map[n];
            }
        }

        @Override
        public void accept(int i) {
            Key slotKey = key.child(i);
            AutoReset.State<S, O> slot = slots.get(i);
            if (slot.needsReset()) {
                Reset<S, O> r = env.reset(slotKey.child(1));
                obs[i] = r.observation();
                states[i] = new AutoReset.State<>(r.state(), false, null);
                setMetrics(i, Map.of());
                return;
            }
            Step<S, O> s = env.step(slotKey.child(0), slot.inner(), actions.get(i));
            AutoresetMode mode = slotEnv.mode();
            rewards[i] = s.reward();
            terminated[i] = s.terminated();
            truncated[i] = s.truncated();
            setMetrics(i, s.metrics());
            if (!s.done() || mode == AutoresetMode.DISABLED) {
                obs[i] = s.observation();
                states[i] = new AutoReset.State<>(s.state(), false, null);
            } else if (mode == AutoresetMode.NEXT_STEP) {
                obs[i] = s.observation();
                states[i] = new AutoReset.State<>(s.state(), true, null);
            } else {
                Reset<S, O> r = env.reset(slotKey.child(1));
                obs[i] = r.observation();
                if (finals == null) {
                    finals = new Object[n];
                }
                finals[i] = s.observation();
                states[i] = new AutoReset.State<>(r.state(), false, s.observation());
            }
        }

        @SuppressWarnings("unchecked")
        private void setMetrics(int i, Map<String, Double> m) {
            if (metrics == null) {
                if (m.isEmpty()) {
                    return;
                }
                metrics = new Map[n];
                Arrays.fill(metrics, 0, i, Map.of());
            }
            metrics[i] = m;
        }

        @SuppressWarnings("unchecked")
        VectorStep<S, O> toStep() {
            return new VectorStep<>((List<O>) Arrays.asList(obs), new VectorState<>(List.of(states)), rewards,
                    terminated, truncated, finals == null ? noFinals : (List<O>) Arrays.asList(finals),
                    metrics == null ? noMetrics : Arrays.asList(metrics));
        }
    }
}
