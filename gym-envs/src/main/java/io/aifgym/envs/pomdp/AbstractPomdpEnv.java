package io.aifgym.envs.pomdp;

import io.aifgym.gym.env.Env;
import io.aifgym.gym.env.EnvSpec;
import io.aifgym.gym.env.Reset;
import io.aifgym.gym.env.Step;
import io.aifgym.gym.model.GenerativeProcess;
import io.aifgym.gym.model.HasGenerativeProcess;
import io.aifgym.gym.random.Key;
import io.aifgym.gym.space.MultiDiscrete;
import io.aifgym.gym.space.Space;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The shared machinery of pymdp's environments: a generative process sampled with pymdp's key
 * structure ({@link ProcessKernel}), observations as one index per modality
 * ({@link MultiDiscrete} over {@code numObs}) and actions as one index per factor
 * ({@link MultiDiscrete} over {@code numControls}; uncontrolled factors have one action, 0),
 * so an active inference agent sees pymdp's shapes. Subclasses name the state and add the
 * reinforcement-learning reading of a transition: reward and termination.
 *
 * <p>{@link #reset} draws the state from D and the first observation from A; {@link #step}
 * draws the next state from B given the action, then the observation from A at the new state.
 * For one-hot observations wrap the env in {@link CategoricalObservations}.
 *
 * @param <S> the state record, which exposes its factor indices
 */
public abstract class AbstractPomdpEnv<S extends HiddenState> implements Env<S, int[], int[]>, HasGenerativeProcess {

    private final EnvSpec spec;
    private final GenerativeProcess process;
    private final ProcessKernel kernel;
    private final MultiDiscrete observationSpace;
    private final MultiDiscrete actionSpace;

    /**
     * Compiles the process.
     *
     * @param spec the env's spec
     * @param process its generative process
     * @throws IllegalArgumentException if a column of A or B, or a D, is not a distribution
     */
    protected AbstractPomdpEnv(EnvSpec spec, GenerativeProcess process) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.process = Objects.requireNonNull(process, "process");
        this.kernel = new ProcessKernel(process);
        this.observationSpace = new MultiDiscrete(process.numObs());
        this.actionSpace = new MultiDiscrete(process.numControls());
    }

    /**
     * The state record for factor indices.
     *
     * @param factors one index per factor, owned by the callee
     * @return the state
     */
    protected abstract S state(int[] factors);

    /**
     * The reward of a transition, for reinforcement-learning agents.
     *
     * @param from the state before
     * @param to the state after
     * @param observation the observation emitted at {@code to}
     * @return the reward
     */
    protected abstract double reward(S from, S to, int[] observation);

    /**
     * Whether a transition ends the episode (a terminal state of the RL reading).
     *
     * @param to the state after
     * @param observation the observation emitted at {@code to}
     * @return true if the episode is over
     */
    protected abstract boolean terminated(S to, int[] observation);

    /** @return the compiled process */
    protected final ProcessKernel kernel() {
        return kernel;
    }

    @Override
    public EnvSpec spec() {
        return spec;
    }

    @Override
    public GenerativeProcess generativeProcess() {
        return process;
    }

    @Override
    public MultiDiscrete observationSpace() {
        return observationSpace;
    }

    @Override
    public Space<int[]> actionSpace() {
        return actionSpace;
    }

    /**
     * {@inheritDoc} Factor {@code f} is drawn from {@code D[f]} with {@code key.child(f + 1)},
     * the observation with {@code key.child(0)}.
     */
    @Override
    public Reset<S, int[]> reset(Key key) {
        int[] factors = kernel.sampleInitial(key);
        int[] observation = kernel.sampleObservation(key, 0, factors);
        return new Reset<>(observation, state(factors));
    }

    /**
     * Starts an episode in a given state (pymdp's {@code reset(key, state)}): the observation
     * is drawn at that state with the key itself.
     *
     * @param key the key of the observation
     * @param state the initial state
     * @return the observation and the state
     * @throws IllegalArgumentException if a factor index is outside its range
     */
    public Reset<S, int[]> resetTo(Key key, S state) {
        int[] factors = checkedFactors(state);
        return new Reset<>(kernel.sampleObservation(key, -1, factors), state);
    }

    /**
     * {@inheritDoc} The next state of factor {@code f} uses {@code key.child(0).child(f)}, the
     * observation of modality {@code m} {@code key.child(1).child(m)}.
     */
    @Override
    public Step<S, int[]> step(Key key, S state, int[] action) {
        actionSpace.require(action, "action");
        int[] next = kernel.sampleNext(key, 0, state.factors(), action);
        int[] observation = kernel.sampleObservation(key, 1, next);
        S to = state(next);
        return new Step<>(observation, to, reward(state, to, observation), terminated(to, observation), false,
                Map.of());
    }

    /**
     * Re-samples the observation without moving the state (pymdp's {@code step} with
     * {@code action=None}): modality {@code m} uses {@code key.child(1).child(m)}.
     *
     * @param key the step key
     * @param state the state
     * @return the observation and the unchanged state
     */
    public Reset<S, int[]> observe(Key key, S state) {
        return new Reset<>(kernel.sampleObservation(key, 1, checkedFactors(state)), state);
    }

    /**
     * The hidden state as text, one line per factor: its name (or index) and its state's label
     * (or index), from the process's labels. Grid envs override this with a picture.
     */
    @Override
    public Optional<String> render(S state) {
        int[] factors = state.factors();
        GenerativeProcess.Labels labels = process.labels();
        StringBuilder sb = new StringBuilder();
        for (int f = 0; f < factors.length; f++) {
            sb.append(f < labels.factors().size() ? labels.factors().get(f) : "factor " + f).append(": ");
            List<String> names = f < labels.states().size() ? labels.states().get(f) : List.of();
            sb.append(factors[f] < names.size() ? names.get(factors[f]) : String.valueOf(factors[f])).append('\n');
        }
        return Optional.of(sb.toString());
    }

    private int[] checkedFactors(S state) {
        Objects.requireNonNull(state, "state");
        int[] factors = state.factors();
        int[] numStates = process.numStates();
        if (factors.length != numStates.length) {
            throw new IllegalArgumentException("state: expected " + numStates.length + " factor indices, found "
                    + factors.length);
        }
        for (int f = 0; f < factors.length; f++) {
            if (factors[f] < 0 || factors[f] >= numStates[f]) {
                throw new IllegalArgumentException("state[" + f + "]: expected an index in [0, " + numStates[f]
                        + "), found " + factors[f]);
            }
        }
        return factors;
    }
}
