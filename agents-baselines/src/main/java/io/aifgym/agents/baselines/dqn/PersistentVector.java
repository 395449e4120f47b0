package io.aifgym.agents.baselines.dqn;

import java.util.Objects;

/**
 * An immutable vector of fixed capacity as a 32-way trie: {@link #with} copies the path to
 * one slot (at most {@code ceil(log32(capacity))} nodes of 32 references) and shares the rest.
 * Empty slots are null.
 *
 * @param <T> the element type
 */
final class PersistentVector<T> {

    private static final int BITS = 5;
    private static final int WIDTH = 1 << BITS;
    private static final int MASK = WIDTH - 1;

    private final int capacity;
    private final int shift;
    private final Object[] root;

    private PersistentVector(int capacity, int shift, Object[] root) {
        this.capacity = capacity;
        this.shift = shift;
        this.root = root;
    }

    /**
     * An empty vector.
     *
     * @param capacity the number of slots, positive
     * @param <T> the element type
     * @return the vector
     */
    static <T> PersistentVector<T> ofCapacity(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity: expected a positive number, found " + capacity);
        }
        int shift = 0;
        while (shift < 30 && (1L << (shift + BITS)) < capacity) {
            shift += BITS;
        }
        return new PersistentVector<>(capacity, shift, new Object[WIDTH]);
    }

    /** @return the number of slots */
    int capacity() {
        return capacity;
    }

    /**
     * One slot.
     *
     * @param index the slot
     * @return its element, or null if empty
     */
    @SuppressWarnings("unchecked")
    T get(int index) {
        Objects.checkIndex(index, capacity);
        Object[] node = root;
        for (int level = shift; level > 0; level -= BITS) {
            node = (Object[]) node[(index >>> level) & MASK];
            if (node == null) {
                return null;
            }
        }
        return (T) node[index & MASK];
    }

    /**
     * The vector with one slot set; this vector is unchanged.
     *
     * @param index the slot
     * @param value the element
     * @return the new vector
     */
    PersistentVector<T> with(int index, T value) {
        Objects.checkIndex(index, capacity);
        return new PersistentVector<>(capacity, shift, set(root, shift, index, value));
    }

    private static Object[] set(Object[] node, int level, int index, Object value) {
        Object[] copy = node == null ? new Object[WIDTH] : node.clone();
        if (level == 0) {
            copy[index & MASK] = value;
        } else {
            int slot = (index >>> level) & MASK;
            copy[slot] = set((Object[]) copy[slot], level - BITS, index, value);
        }
        return copy;
    }
}
