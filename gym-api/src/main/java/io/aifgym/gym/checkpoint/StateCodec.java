package io.aifgym.gym.checkpoint;

/**
 * How an agent or env turns its state into a plain record and back, for checkpoints.
 *
 * <p>A checkpoint (such as {@code aifgym run}'s) writes agent and env states as JSON and reads
 * them back, and a resumed run must continue bit for bit. States that are plain values need
 * nothing: records whose components are numbers, booleans, strings, enums, arrays, lists,
 * maps with string keys or other such records are written through their accessors and read
 * through their canonical constructors. An agent (or an env, as returned by
 * {@link io.aifgym.gym.env.Env#unwrapped()}) whose state is anything else (a final class with
 * private fields, a persistent table, a compiled cache) implements this interface: the
 * checkpoint then writes {@link #save}'s record in place of each value of
 * {@link #stateType()} and calls {@link #restore} when it reads one. Restoring may rebuild
 * what can be derived (a compiled planner, a cache), but must give a state that behaves
 * exactly as the saved one did. A plugin that neither has plain states nor implements this
 * interface cannot be checkpointed, and the command line says so before it starts.
 *
 * <pre>{@code
 * public final class TdAgent implements Agent<TdState, Integer, Integer>, StateCodec<TdState, TdAgent.Saved> {
 *     public record Saved(int rows, int cols, double[] q, long steps) { }
 *     public Class<TdState> stateType() { return TdState.class; }
 *     public Class<Saved> savedType() { return Saved.class; }
 *     public Saved save(TdState s) { return new Saved(s.q().rows(), s.q().cols(), s.q().toArray(), s.steps()); }
 *     public TdState restore(Saved s) { return new TdState(PersistentTable.of(s.rows(), s.cols(), s.q()), s.steps()); }
 * }
 * }</pre>
 *
 * @param <S> the state type
 * @param <F> the saved form, a plain record
 */
public interface StateCodec<S, F extends Record> {

    /**
     * The class of the states this codec saves; values of exactly this class are saved with it.
     *
     * @return the state class
     */
    Class<S> stateType();

    /**
     * The class of the saved form.
     *
     * @return the record class
     */
    Class<F> savedType();

    /**
     * The saved form of a state.
     *
     * @param state a state of this agent or env
     * @return a plain record from which {@link #restore} rebuilds it
     */
    F save(S state);

    /**
     * The state a saved form describes.
     *
     * @param saved a form {@link #save} returned (possibly written and read back)
     * @return the state, behaving exactly as the saved one
     * @throws IllegalArgumentException if the form does not describe a state of this agent or
     *     env (another model size, a missing part), naming the field
     */
    S restore(F saved);
}
