package io.aifgym.agents.baselines;

import io.aifgym.gym.space.Discrete;
import io.aifgym.gym.space.MultiDiscrete;
import io.aifgym.gym.space.Space;
import io.aifgym.gym.space.Spaces;

/**
 * The index of each value of a finite space and back ({@link Space#indexOf},
 * {@link Space#valueAt}), with the sizes cached so the conversion costs a few nanoseconds in an
 * agent's inner loop: {@code Discrete} values are their own indices, {@code MultiDiscrete}
 * values are mixed-radix numbers (last component fastest, as {@link MultiDiscrete#indexOf}),
 * and any other finite space delegates to the space. Every index is checked: a value outside
 * the space is an {@link IllegalArgumentException} naming it.
 *
 * @param <T> the value type
 */
public abstract class SpaceIndexer<T> {

    private final Space<T> space;
    private final int size;

    private SpaceIndexer(Space<T> space, int size) {
        this.space = space;
        this.size = size;
    }

    /**
     * The indexer of a finite space.
     *
     * @param space the space
     * @param role what the space is, for messages ({@code "observation space"})
     * @param agentId the agent that needs it, for messages
     * @param <T> the value type
     * @return the indexer
     * @throws IllegalArgumentException if the space is not finite, has more than
     *     {@code Integer.MAX_VALUE} values, or does not index its values
     */
    @SuppressWarnings("unchecked")
    public static <T> SpaceIndexer<T> of(Space<T> space, String role, String agentId) {
        int size = FiniteSpaces.size(space, role, agentId);
        if (space instanceof Discrete) {
            return (SpaceIndexer<T>) new DiscreteIndexer((Space<Integer>) space, size);
        }
        if (space instanceof MultiDiscrete m) {
            return (SpaceIndexer<T>) new MultiDiscreteIndexer(m, size);
        }
        try {
            space.valueAt(0);
        } catch (UnsupportedOperationException e) {
            throw new IllegalArgumentException(agentId + ": expected indexed values in the " + role + ", found "
                    + space.describe() + " (" + e.getMessage() + ")", e);
        }
        return new Delegating<>(space, size);
    }

    /** @return the space */
    public final Space<T> space() {
        return space;
    }

    /** @return the number of values */
    public final int size() {
        return size;
    }

    /**
     * The index of a value.
     *
     * @param value a member of the space
     * @param name what the value is, for the message
     * @return its index in {@code [0, size())}
     * @throws IllegalArgumentException if the value is outside the space
     */
    public abstract int indexOf(T value, String name);

    /**
     * The value of an index (a new value for array spaces).
     *
     * @param index an index in {@code [0, size())}
     * @return the value
     * @throws IllegalArgumentException if the index is out of range
     */
    public abstract T valueAt(int index);

    final int checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index: expected an index in [0, " + size + "), found " + index);
        }
        return index;
    }

    final IllegalArgumentException outside(T value, String name) {
        return new IllegalArgumentException(name + ": expected a member of " + space.describe() + ", found "
                + Spaces.show(value));
    }

    private static final class DiscreteIndexer extends SpaceIndexer<Integer> {

        DiscreteIndexer(Space<Integer> space, int size) {
            super(space, size);
        }

        @Override
        public int indexOf(Integer value, String name) {
            if (value == null || value < 0 || value >= size()) {
                throw outside(value, name);
            }
            return value;
        }

        @Override
        public Integer valueAt(int index) {
            return checkIndex(index);
        }
    }

    private static final class MultiDiscreteIndexer extends SpaceIndexer<int[]> {

        private final int[] nvec;

        MultiDiscreteIndexer(MultiDiscrete space, int size) {
            super(space, size);
            this.nvec = space.nvec();
        }

        @Override
        public int indexOf(int[] value, String name) {
            if (value == null || value.length != nvec.length) {
                throw outside(value, name);
            }
            int index = 0;
            for (int i = 0; i < nvec.length; i++) {
                int v = value[i];
                if (v < 0 || v >= nvec[i]) {
                    throw outside(value, name);
                }
                index = index * nvec[i] + v;
            }
            return index;
        }

        @Override
        public int[] valueAt(int index) {
            int[] out = new int[nvec.length];
            int rest = checkIndex(index);
            for (int i = nvec.length - 1; i >= 0; i--) {
                out[i] = rest % nvec[i];
                rest /= nvec[i];
            }
            return out;
        }
    }

    private static final class Delegating<T> extends SpaceIndexer<T> {

        Delegating(Space<T> space, int size) {
            super(space, size);
        }

        @Override
        public int indexOf(T value, String name) {
            space().require(value, name);
            return space().indexOf(value);
        }

        @Override
        public T valueAt(int index) {
            return space().valueAt(index);
        }
    }
}
