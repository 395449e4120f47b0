package io.aifgym.agents.baselines.dqn;

import io.aifgym.agents.baselines.FiniteSpaces;
import io.aifgym.agents.baselines.SpaceIndexer;
import io.aifgym.agents.baselines.explore.ActionSelection;
import io.aifgym.gym.agent.Agent;
import io.aifgym.gym.agent.Decision;
import io.aifgym.gym.agent.Transition;
import io.aifgym.gym.checkpoint.StateCodec;
import io.aifgym.gym.env.Env;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.Space;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A deep Q-network agent (Mnih et al. 2015) on ND4J: a {@link QNetwork} maps the flattened
 * observation ({@link Space#flatten}: one-hot for discrete observations) to one Q-value per
 * action of a finite action space.
 *
 * <p>{@link #learn} stores the transition in the {@link ReplayBuffer}. Gradient steps need
 * random minibatches and {@code learn} has no key, so they run at the start of {@link #act}:
 * once {@code learningStarts} transitions are stored, every {@code trainEvery} transitions,
 * the next {@code act} samples {@code batchSize} transitions uniformly (with replacement) with
 * {@code key.child(0)}'s generator, takes one Adam step on the mean Huber loss of
 * {@code Q(s, a) - (r + gamma * (terminated ? 0 : max_a' Q_target(s', a')))} (with double DQN
 * the target network evaluates the online network's arg max), and, every
 * {@code targetUpdateEvery} transitions, copies the online network into the target network.
 * Then it chooses the action from the online network's Q-values with one uniform draw of
 * {@code key.child(1)} under the exploration schedule. This is the order of the published
 * algorithm (store, train, act).
 *
 * <p>Diagnostics: {@code "loss"} (the minibatch loss of this decision's gradient step, NaN
 * when there was none) and {@code "q_max"} (the largest Q-value of the observation).
 *
 * <p>Checkpoints save a state as a {@link SavedDqnState}: both networks' parameters, Adam's
 * moments, the replay buffer by slot and the counters, every {@code double} exactly, so a
 * restored state continues bit for bit.
 *
 * @param <O> the observation
 * @param <A> the action
 */
public final class DqnAgent<O, A> implements Agent<DqnState, O, A>, StateCodec<DqnState, SavedDqnState> {

    private static final String ID = "dqn";
    private static final int MAX_ACTIONS = 1 << 16;
    private static final String WORKSPACE_ID = "aifgym-dqn";
    private static final WorkspaceConfiguration WORKSPACE = WorkspaceConfiguration.builder()
            .initialSize(0)
            .policyAllocation(AllocationPolicy.OVERALLOCATE)
            .overallocationLimit(0.5)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .policySpill(SpillPolicy.REALLOCATE)
            .build();

    private final DqnConfig config;
    private final Space<O> observationSpace;
    private final SpaceIndexer<A> actions;
    private final int inputSize;
    private final int numActions;
    private final int[] sizes;

    private DqnAgent(DqnConfig config, Space<O> observationSpace, Space<A> actionSpace) {
        this.config = Objects.requireNonNull(config, "config");
        this.observationSpace = observationSpace;
        this.inputSize = observationSpace.flatDim();
        if (inputSize <= 0) {
            throw new IllegalArgumentException(ID + ": expected an observation space with a positive flat dimension,"
                    + " found " + observationSpace.describe());
        }
        FiniteSpaces.size(actionSpace, "action space", ID, MAX_ACTIONS);
        this.actions = SpaceIndexer.of(actionSpace, "action space", ID);
        this.numActions = actions.size();
        this.sizes = new int[config.hiddenLayers().size() + 2];
        sizes[0] = inputSize;
        for (int i = 0; i < config.hiddenLayers().size(); i++) {
            sizes[i + 1] = config.hiddenLayers().get(i);
        }
        sizes[sizes.length - 1] = numActions;
    }

    /**
     * An agent for an env's spaces.
     *
     * @param config the config
     * @param env the env (only its spaces are read)
     * @param <O> the observation
     * @param <A> the action
     * @return the agent
     * @throws IllegalArgumentException if the action space is not finite or has more than
     *     65,536 actions
     */
    public static <O, A> DqnAgent<O, A> of(DqnConfig config, Env<?, O, A> env) {
        return new DqnAgent<>(config, env.observationSpace(), env.actionSpace());
    }

    /** @return the config */
    public DqnConfig config() {
        return config;
    }

    /** A freshly initialised network (from the key), its copy as target, zero moments, an empty buffer. */
    @Override
    public DqnState init(Key key) {
        QNetwork online = QNetwork.initialise(sizes, key);
        return new DqnState(online, online, AdamState.zeros(online), ReplayBuffer.empty(config.replayCapacity()), 0,
                0, -1, 0);
    }

    /** @return {@link DqnState} */
    @Override
    public Class<DqnState> stateType() {
        return DqnState.class;
    }

    /** @return {@link SavedDqnState} */
    @Override
    public Class<SavedDqnState> savedType() {
        return SavedDqnState.class;
    }

    @Override
    public SavedDqnState save(DqnState state) {
        AdamState adam = state.adam();
        return new SavedDqnState(state.online().sizes(), state.online().toFlatArray(), state.target().toFlatArray(),
                adam.firstMoments(), adam.secondMoments(), adam.steps(), SavedReplayBuffer.of(state.replay(),
                        inputSize), state.steps(), state.episodes(), state.trainedAt(), state.syncedAt());
    }

    /**
     * The state a saved form describes, after checking it fits this agent.
     *
     * @throws IllegalArgumentException naming the field, if the layer widths are not this
     *     agent's (the observation's flat length, the config's {@code hiddenLayers}, the number
     *     of actions), an array has the wrong length, the replay buffer's capacity is not the
     *     config's {@code replayCapacity}, or a counter is out of range
     */
    @Override
    public DqnState restore(SavedDqnState saved) {
        if (saved.layerSizes() == null || !Arrays.equals(saved.layerSizes(), sizes)) {
            throw new IllegalArgumentException("layerSizes: expected " + Arrays.toString(sizes)
                    + " (the observation's flat length, the config's hiddenLayers, the number of actions), found "
                    + (saved.layerSizes() == null ? "none" : Arrays.toString(saved.layerSizes())));
        }
        long count = QNetwork.parameterCount(sizes);
        checkParameters("online", saved.online(), count);
        checkParameters("target", saved.target(), count);
        checkParameters("firstMoments", saved.firstMoments(), count);
        checkParameters("secondMoments", saved.secondMoments(), count);
        if (saved.adamSteps() < 0 || saved.adamSteps() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("adamSteps: expected a count in [0, " + Integer.MAX_VALUE + "], found "
                    + saved.adamSteps());
        }
        if (saved.replay() == null) {
            throw new IllegalArgumentException("replay: expected a saved replay buffer, found none");
        }
        if (saved.steps() < 0) {
            throw new IllegalArgumentException("steps: expected a non-negative count, found " + saved.steps());
        }
        if (saved.episodes() < 0) {
            throw new IllegalArgumentException("episodes: expected a non-negative count, found " + saved.episodes());
        }
        if (saved.trainedAt() < -1 || saved.trainedAt() > saved.steps()) {
            throw new IllegalArgumentException("trainedAt: expected -1 or a step in [0, steps = " + saved.steps()
                    + "], found " + saved.trainedAt());
        }
        if (saved.syncedAt() < 0 || saved.syncedAt() > saved.steps()) {
            throw new IllegalArgumentException("syncedAt: expected a step in [0, steps = " + saved.steps()
                    + "], found " + saved.syncedAt());
        }
        ReplayBuffer replay = saved.replay().buffer("replay", config.replayCapacity(), inputSize, numActions);
        return new DqnState(QNetwork.of(sizes, saved.online()), QNetwork.of(sizes, saved.target()),
                AdamState.of(saved.firstMoments(), saved.secondMoments(), saved.adamSteps()), replay, saved.steps(),
                saved.episodes(), saved.trainedAt(), saved.syncedAt());
    }

    private static void checkParameters(String field, double[] values, long count) {
        if (values == null || values.length != count) {
            throw new IllegalArgumentException(field + ": expected " + count + " values (one per parameter), found "
                    + (values == null ? "none" : values.length));
        }
    }

    @Override
    @SuppressWarnings("try")
    public Decision<DqnState, A> act(Key key, DqnState state, O observation) {
        double[] x = observationSpace.flatten(observation);
        boolean train = state.steps() >= config.learningStarts() && state.replay().size() >= config.batchSize()
                && state.steps() > state.trainedAt() && state.steps() % config.trainEvery() == 0;
        DqnState next = state;
        double loss = Double.NaN;
        double[] q;
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(WORKSPACE,
                WORKSPACE_ID)) {
            if (train) {
                Training t = train(key.child(0), state);
                QNetwork trained = t.update().network();
                QNetwork online = trained.withParameters(trained.parameters().detach());
                boolean sync = state.steps() - state.syncedAt() >= config.targetUpdateEvery();
                next = new DqnState(online, sync ? online : state.target(), t.update().adam().detached(),
                        state.replay(), state.steps(), state.episodes(), state.steps(),
                        sync ? state.steps() : state.syncedAt());
                loss = t.loss();
            }
            q = QNetwork.values(next.online().forward(Nd4j.create(x, new long[] {1, inputSize}, DataType.DOUBLE)));
        }
        double parameter = config.exploration().parameter(state.steps(), state.episodes());
        int a = ActionSelection.select(config.exploration().strategy(), parameter, q, 0, numActions,
                key.child(1).uniform());
        return new Decision<>(actions.valueAt(a), next,
                Map.of("loss", loss, "q_max", ActionSelection.max(q, 0, numActions)));
    }

    @Override
    public DqnState learn(DqnState state, Transition<O, A> transition) {
        Experience e = new Experience(observationSpace.flatten(transition.observation()),
                actions.indexOf(transition.action(), "action"), transition.reward(),
                observationSpace.flatten(transition.nextObservation()), transition.terminated());
        return new DqnState(state.online(), state.target(), state.adam(), state.replay().add(e), state.steps() + 1,
                state.episodes() + (transition.done() ? 1 : 0), state.trainedAt(), state.syncedAt());
    }

    /**
     * The greedy Q-values of an observation under a state's online network, for evaluation.
     *
     * @param state the agent state
     * @param observation the observation
     * @return one Q-value per action index
     */
    @SuppressWarnings("try")
    public double[] qValues(DqnState state, O observation) {
        double[] x = observationSpace.flatten(observation);
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(WORKSPACE,
                WORKSPACE_ID)) {
            return QNetwork.values(state.online().forward(Nd4j.create(x, new long[] {1, inputSize},
                    DataType.DOUBLE)));
        }
    }

    private Training train(Key key, DqnState state) {
        UniformRandomProvider g = key.generator();
        int batch = config.batchSize();
        double[] xs = new double[batch * inputSize];
        double[] nextXs = new double[batch * inputSize];
        int[] actions = new int[batch];
        double[] rewards = new double[batch];
        boolean[] terminated = new boolean[batch];
        ReplayBuffer replay = state.replay();
        for (int i = 0; i < batch; i++) {
            Experience e = replay.get(g.nextInt(replay.size()));
            e.copyObservation(xs, i * inputSize);
            e.copyNextObservation(nextXs, i * inputSize);
            actions[i] = e.action();
            rewards[i] = e.reward();
            terminated[i] = e.terminated();
        }
        QNetwork online = state.online();
        INDArray input = Nd4j.create(xs, new long[] {batch, inputSize}, DataType.DOUBLE);
        INDArray nextInput = Nd4j.create(nextXs, new long[] {batch, inputSize}, DataType.DOUBLE);
        INDArray[] trace = online.forwardTrace(input);
        double[] q = QNetwork.values(trace[trace.length - 1]);
        double[] nextTarget = QNetwork.values(state.target().forward(nextInput));
        double[] nextOnline = config.doubleDqn() ? QNetwork.values(online.forward(nextInput)) : null;
        double[] outputGradient = new double[batch * numActions];
        double loss = 0;
        for (int i = 0; i < batch; i++) {
            int row = i * numActions;
            double bootstrap = 0;
            if (!terminated[i]) {
                bootstrap = config.doubleDqn()
                        ? nextTarget[row + ActionSelection.argmax(nextOnline, row, numActions)]
                        : ActionSelection.max(nextTarget, row, numActions);
            }
            double error = q[row + actions[i]] - (rewards[i] + config.discount() * bootstrap);
            double magnitude = Math.abs(error);
            loss += magnitude <= 1 ? 0.5 * error * error : magnitude - 0.5;
            outputGradient[row + actions[i]] = Math.max(-1, Math.min(1, error)) / batch;
        }
        INDArray gradient = online.gradient(trace,
                Nd4j.create(outputGradient, new long[] {batch, numActions}, DataType.DOUBLE));
        return new Training(state.adam().step(online, gradient, config.learningRate()), loss / batch);
    }

    /** One gradient step's result, still attached to the workspace. */
    private record Training(AdamState.Update update, double loss) {
    }
}
