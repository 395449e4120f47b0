package io.aifgym.agents.baselines.tabular;

import io.aifgym.agents.baselines.SpaceIndexer;
import io.aifgym.agents.baselines.explore.ActionSelection;
import io.aifgym.agents.baselines.explore.Strategy;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.checkpoint.StateCodec;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.internal.Check;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import java.util.Objects;

/**
 * Tabular Q-learning, SARSA and expected SARSA on any env with finite observation and action
 * spaces; the observation is the table's row (its {@link Space#indexOf} index), so the agent
 * treats it as the state.
 *
 * <p>{@link #act} draws one uniform number from its key ({@link Key#uniform()}) and picks the
 * action with {@link ActionSelection} under the exploration schedule's current value.
 * {@link #learn} applies the TD update of its {@link TdMethod}:
 * {@code Q(s,a) += alpha (r + gamma * B(s') - Q(s,a))} with {@code B = 0} after a terminal
 * step. SARSA's update needs the next action, so {@code learn} keeps it pending and the next
 * {@code act} applies it after choosing that action from the not-yet-updated table, as in
 * Sutton and Barto's (2018) SARSA box; a truncated episode bootstraps with the policy's
 * expected value instead. Learning copies one chunk of the {@link PersistentTable}.
 * Checkpoints save a state as a {@link SavedTdState}.
 *
 * <pre>{@code
 * TdAgent<Integer, Integer> agent = TdAgent.of(TdMethod.Q_LEARNING, TabularConfig.DEFAULT, env);
 * Rollout.Result<TdState, ?, Integer, Integer> r = Rollout.run(agent, VectorEnv.of(env, 8), 10_000, Key.of(0));
 * }</pre>
 *
 * @param <O> the observation
 * @param <A> the action
 */
public final class TdAgent<O, A> implements Agent<TdState, O, A>, StateCodec<TdState, SavedTdState> {

    private final TdMethod method;
    private final TabularConfig config;
    private final SpaceIndexer<O> observations;
    private final SpaceIndexer<A> actions;
    private final int numStates;
    private final int numActions;
    private final Strategy strategy;

    private TdAgent(TdMethod method, TabularConfig config, Space<O> observationSpace, Space<A> actionSpace) {
        this.method = Objects.requireNonNull(method, "method");
        this.config = Objects.requireNonNull(config, "config");
        this.observations = SpaceIndexer.of(observationSpace, "observation space", method.id());
        this.actions = SpaceIndexer.of(actionSpace, "action space", method.id());
        this.numStates = observations.size();
        this.numActions = actions.size();
        if ((long) numStates * numActions > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(method.id() + ": expected a Q-table of at most " + Integer.MAX_VALUE
                    + " entries, found " + numStates + " x " + numActions);
        }
        this.strategy = config.exploration().strategy();
    }

    /**
     * An agent for an env's spaces.
     *
     * @param method Q-learning, SARSA or expected SARSA
     * @param config the config
     * @param env the env (only its spaces are read)
     * @param <O> the observation
     * @param <A> the action
     * @return the agent
     * @throws IllegalArgumentException if a space is not finite
     */
    public static <O, A> TdAgent<O, A> of(TdMethod method, TabularConfig config, Env<?, O, A> env) {
        return new TdAgent<>(method, config, env.observationSpace(), env.actionSpace());
    }

    /** @return the TD method */
    public TdMethod method() {
        return method;
    }

    /** @return the config */
    public TabularConfig config() {
        return config;
    }

    /** A Q-table filled with the initial value; the key is not used (initialisation is deterministic). */
    @Override
    public TdState init(Key key) {
        return new TdState(PersistentTable.filled(numStates, numActions, config.initialValue()), 0, 0, null);
    }

    /** @return {@link TdState} */
    @Override
    public Class<TdState> stateType() {
        return TdState.class;
    }

    /** @return {@link SavedTdState} */
    @Override
    public Class<SavedTdState> savedType() {
        return SavedTdState.class;
    }

    @Override
    public SavedTdState save(TdState state) {
        return new SavedTdState(SavedTable.of(state.q()), state.steps(), state.episodes(), state.pending());
    }

    @Override
    public TdState restore(SavedTdState saved) {
        if (saved.q() == null) {
            throw new IllegalArgumentException("q: expected a saved Q-table, found none");
        }
        return new TdState(saved.q().table("q", numStates, numActions), saved.steps(), saved.episodes(),
                saved.pending());
    }

    @Override
    public Decision<TdState, A> act(Key key, TdState state, O observation) {
        int s = observations.indexOf(observation, "observation");
        PersistentTable q = state.q();
        double parameter = config.exploration().parameter(state.steps(), state.episodes());
        int a = ActionSelection.select(strategy, parameter, q.chunk(s), q.offset(s), numActions, key.uniform());
        TdState next = state;
        TdState.PendingUpdate p = state.pending();
        if (p != null) {
            double bootstrap = p.next() == s ? q.get(s, a) : expected(q, p.next(), parameter);
            next = new TdState(update(q, p.state(), p.action(), p.reward(), bootstrap, state.steps() - 1,
                    state.episodes()), state.steps(), state.episodes(), null);
        }
        return Decision.of(actions.valueAt(a), next);
    }

    @Override
    public TdState learn(TdState state, Transition<O, A> transition) {
        PersistentTable q = state.q();
        if (state.pending() != null) {
            TdState.PendingUpdate p = state.pending();
            double parameter = config.exploration().parameter(state.steps(), state.episodes());
            q = update(q, p.state(), p.action(), p.reward(), expected(q, p.next(), parameter), state.steps() - 1,
                    state.episodes());
        }
        int s = observations.indexOf(transition.observation(), "observation");
        int a = actions.indexOf(transition.action(), "action");
        int s2 = observations.indexOf(transition.nextObservation(), "nextObservation");
        long steps = state.steps() + 1;
        long episodes = state.episodes() + (transition.done() ? 1 : 0);
        double r = transition.reward();
        TdState.PendingUpdate pending = null;
        if (transition.terminated()) {
            q = update(q, s, a, r, 0.0, state.steps(), state.episodes());
        } else {
            double parameter = config.exploration().parameter(steps, episodes);
            switch (method) {
                case Q_LEARNING -> q = update(q, s, a, r, ActionSelection.max(q.chunk(s2), q.offset(s2), numActions),
                        state.steps(), state.episodes());
                case EXPECTED_SARSA -> q = update(q, s, a, r, expected(q, s2, parameter), state.steps(),
                        state.episodes());
                case SARSA -> {
                    if (transition.truncated()) {
                        q = update(q, s, a, r, expected(q, s2, parameter), state.steps(), state.episodes());
                    } else {
                        pending = new TdState.PendingUpdate(s, a, r, s2);
                    }
                }
                default -> throw new IllegalStateException("unknown TD method " + method);
            }
        }
        return new TdState(q, steps, episodes, pending);
    }

    private double expected(PersistentTable q, int s, double parameter) {
        return ActionSelection.expectedValue(strategy, parameter, q.chunk(s), q.offset(s), numActions);
    }

    private PersistentTable update(PersistentTable q, int s, int a, double reward, double bootstrap, long steps,
            long episodes) {
        double alpha = config.learningRate().at(steps, episodes);
        double old = q.get(s, a);
        return q.with(s, a, old + alpha * (reward + config.discount() * bootstrap - old));
    }

    /**
     * The greedy action index of an observation index under a state's Q-table (lowest index on
     * ties), for evaluating the learned policy.
     *
     * @param state the agent state
     * @param observationIndex the observation's index
     * @return the action index
     */
    public int greedyAction(TdState state, int observationIndex) {
        Check.index(observationIndex, numStates, "observationIndex");
        PersistentTable q = state.q();
        return ActionSelection.argmax(q.chunk(observationIndex), q.offset(observationIndex), numActions);
    }
}
