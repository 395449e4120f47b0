package io.aifgym.gym.space;

import io.aifgym.gym.random.Key;

/**
 * The set of valid values of an observation or action, as a closed family of records.
 *
 * <p>Conversions that agents need (a flat index for tabular methods, a flat one-hot or
 * real vector for networks) are methods here, so every space implements every conversion.
 *
 * @param <T> the type of the values
 */
public sealed interface Space<T> permits Discrete, MultiDiscrete, Box, Batch {

    /**
     * A value drawn uniformly from the space (for {@link Box}, uniform within finite bounds).
     *
     * @param key the key that determines the draw
     * @return a value inside the space
     */
    T sample(Key key);

    /**
     * Whether {@code value} is a member of this space.
     *
     * @param value the value, may be null (never a member)
     * @return true if it is inside
     */
    boolean contains(Object value);

    /**
     * The number of values of a finite space, as a long ({@code -1} for a continuous space).
     *
     * @return the cardinality, or -1
     * @throws ArithmeticException if a finite space has more values than a long can count
     *     (a large {@link Batch} or {@link MultiDiscrete}), naming the space
     */
    long cardinality();

    /**
     * The index of a value of a finite space, in {@code [0, cardinality())}: mixed radix, last
     * component fastest, as NumPy's {@code ravel_multi_index}.
     *
     * @param value a member of the space
     * @return its index
     * @throws IllegalArgumentException if the value is outside the space
     * @throws UnsupportedOperationException if the space is not finite or too large for an int
     */
    int indexOf(T value);

    /**
     * The value with the given index; the inverse of {@link #indexOf}.
     *
     * @param index an index in {@code [0, cardinality())}
     * @return the value
     * @throws IllegalArgumentException if the index is out of range
     * @throws UnsupportedOperationException if the space is not finite
     */
    T valueAt(int index);

    /**
     * The length of {@link #flatten}: one-hot width for discrete spaces, element count for boxes.
     *
     * @return the flat dimension
     */
    int flatDim();

    /**
     * The value as a flat real vector: one-hot for {@link Discrete}, concatenated one-hots for
     * {@link MultiDiscrete}, the elements for {@link Box}.
     *
     * @param value a member of the space
     * @return a new array of length {@link #flatDim()}
     */
    double[] flatten(T value);

    /**
     * A short description such as {@code Discrete(4)}, used in messages.
     *
     * @return the description
     */
    String describe();

    /**
     * The space of a batch of {@code n} values of this space (Gymnasium's {@code batch_space}).
     *
     * @param n the batch size
     * @return the batched space
     */
    default Batch<T> batched(int n) {
        return new Batch<>(this, n);
    }

    /**
     * Requires {@code value} to be in the space, naming it in the error.
     *
     * @param value the value
     * @param name what the value is ("action", "observation")
     * @return the value
     * @throws IllegalArgumentException if it is outside the space
     */
    default T require(T value, String name) {
        if (!contains(value)) {
            throw new IllegalArgumentException(name + ": expected a member of " + describe() + ", found "
                    + Spaces.show(value));
        }
        return value;
    }
}
