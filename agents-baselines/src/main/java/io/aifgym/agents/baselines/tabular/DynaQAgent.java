package io.aifgym.agents.baselines.tabular;

import io.aifgym.agents.baselines.SpaceIndexer;
import io.aifgym.agents.baselines.explore.ActionSelection;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.checkpoint.StateCodec;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Tabular Dyna-Q (Sutton 1990; Sutton and Barto 2018, section 8.2): Q-learning from real
 * steps, a model that remembers the last outcome (reward, next observation, termination) of
 * every observation-action pair seen, and {@code planningSteps} simulated Q-learning updates
 * from pairs drawn uniformly among those seen.
 *
 * <p>{@link #learn} makes the direct update and the model update. Planning needs random
 * draws and {@code learn} has no key, so the planning updates run at the start of the next
 * {@link #act}, from {@code key.child(0)}'s generator, before the action is chosen with one
 * uniform draw of {@code key.child(1)}: the same order as the book's loop, in which planning
 * follows the model update and precedes the next action. The model is deterministic, so on a
 * stochastic env it replays the last outcome seen, as the book's tabular Dyna-Q does.
 * Checkpoints save a state as a {@link SavedDynaQState}.
 *
 * @param <O> the observation
 * @param <A> the action
 */
public final class DynaQAgent<O, A> implements Agent<DynaQState, O, A>, StateCodec<DynaQState, SavedDynaQState> {

    private static final String ID = "dyna-q";
    private static final int MODEL_COLUMNS = 3;

    private final DynaQConfig config;
    private final SpaceIndexer<O> observations;
    private final SpaceIndexer<A> actions;
    private final int numStates;
    private final int numActions;

    private DynaQAgent(DynaQConfig config, Space<O> observationSpace, Space<A> actionSpace) {
        this.config = Objects.requireNonNull(config, "config");
        this.observations = SpaceIndexer.of(observationSpace, "observation space", ID);
        this.actions = SpaceIndexer.of(actionSpace, "action space", ID);
        this.numStates = observations.size();
        this.numActions = actions.size();
        if ((long) numStates * numActions * MODEL_COLUMNS > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(ID + ": expected a model of at most " + Integer.MAX_VALUE
                    + " entries, found " + numStates + " x " + numActions + " x " + MODEL_COLUMNS);
        }
    }

    /**
     * An agent for an env's spaces.
     *
     * @param config the config
     * @param env the env (only its spaces are read)
     * @param <O> the observation
     * @param <A> the action
     * @return the agent
     * @throws IllegalArgumentException if a space is not finite
     */
    public static <O, A> DynaQAgent<O, A> of(DynaQConfig config, Env<?, O, A> env) {
        return new DynaQAgent<>(config, env.observationSpace(), env.actionSpace());
    }

    /** @return the config */
    public DynaQConfig config() {
        return config;
    }

    /** An empty model and a Q-table filled with the initial value; the key is not used. */
    @Override
    public DynaQState init(Key key) {
        return new DynaQState(PersistentTable.filled(numStates, numActions, config.initialValue()),
                PersistentTable.filled(numStates, numActions * MODEL_COLUMNS, 0.0),
                PersistentTable.filled(numStates * numActions, 1, 0.0), 0, 0, 0);
    }

    /** @return {@link DynaQState} */
    @Override
    public Class<DynaQState> stateType() {
        return DynaQState.class;
    }

    /** @return {@link SavedDynaQState} */
    @Override
    public Class<SavedDynaQState> savedType() {
        return SavedDynaQState.class;
    }

    @Override
    public SavedDynaQState save(DynaQState state) {
        return new SavedDynaQState(SavedTable.of(state.q()), SavedTable.of(state.model()),
                SavedTable.of(state.observed()), state.numObserved(), state.steps(), state.episodes());
    }

    @Override
    public DynaQState restore(SavedDynaQState saved) {
        if (saved.q() == null || saved.model() == null || saved.observed() == null) {
            throw new IllegalArgumentException("q, model and observed: expected three saved tables, found a missing one");
        }
        return new DynaQState(saved.q().table("q", numStates, numActions),
                saved.model().table("model", numStates, numActions * MODEL_COLUMNS),
                saved.observed().table("observed", numStates * numActions, 1), saved.numObserved(), saved.steps(),
                saved.episodes());
    }

    @Override
    public Decision<DynaQState, A> act(Key key, DynaQState state, O observation) {
        int s = observations.indexOf(observation, "observation");
        PersistentTable q = state.q();
        if (config.planningSteps() > 0 && state.numObserved() > 0) {
            q = plan(key.child(0), state, q);
        }
        double parameter = config.exploration().parameter(state.steps(), state.episodes());
        int a = ActionSelection.select(config.exploration().strategy(), parameter, q.chunk(s), q.offset(s),
                numActions, key.child(1).uniform());
        DynaQState next = q == state.q() ? state
                : new DynaQState(q, state.model(), state.observed(), state.numObserved(), state.steps(),
                        state.episodes());
        return Decision.of(actions.valueAt(a), next);
    }

    private PersistentTable plan(Key key, DynaQState state, PersistentTable q) {
        UniformRandomProvider g = key.generator();
        PersistentTable model = state.model();
        for (int k = 0; k < config.planningSteps(); k++) {
            int pair = (int) state.observed().get(g.nextInt(state.numObserved()), 0);
            int s = pair / numActions;
            int a = pair % numActions;
            double reward = model.get(s, a * MODEL_COLUMNS);
            int next = (int) model.get(s, a * MODEL_COLUMNS + 1) - 1;
            boolean terminated = model.get(s, a * MODEL_COLUMNS + 2) != 0;
            q = update(q, s, a, reward, next, terminated, state.steps(), state.episodes());
        }
        return q;
    }

    @Override
    public DynaQState learn(DynaQState state, Transition<O, A> transition) {
        int s = observations.indexOf(transition.observation(), "observation");
        int a = actions.indexOf(transition.action(), "action");
        int s2 = observations.indexOf(transition.nextObservation(), "nextObservation");
        PersistentTable q = update(state.q(), s, a, transition.reward(), s2, transition.terminated(), state.steps(),
                state.episodes());
        boolean seen = state.model().get(s, a * MODEL_COLUMNS + 1) != 0;
        PersistentTable model = state.model().withEntries(s, a * MODEL_COLUMNS, transition.reward(), s2 + 1.0,
                transition.terminated() ? 1.0 : 0.0);
        PersistentTable observed = state.observed();
        int numObserved = state.numObserved();
        if (!seen) {
            observed = observed.with(numObserved, 0, s * numActions + a);
            numObserved++;
        }
        return new DynaQState(q, model, observed, numObserved, state.steps() + 1,
                state.episodes() + (transition.done() ? 1 : 0));
    }

    private PersistentTable update(PersistentTable q, int s, int a, double reward, int next, boolean terminated,
            long steps, long episodes) {
        double bootstrap = terminated ? 0.0 : ActionSelection.max(q.chunk(next), q.offset(next), numActions);
        double alpha = config.learningRate().at(steps, episodes);
        double old = q.get(s, a);
        return q.with(s, a, old + alpha * (reward + config.discount() * bootstrap - old));
    }
}
