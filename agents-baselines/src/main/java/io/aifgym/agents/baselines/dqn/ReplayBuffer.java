package io.aifgym.agents.baselines.dqn;

import java.util.List;
import java.util.Objects;

/**
 * An immutable ring buffer of the most recent transitions: {@link #add} returns a new buffer
 * that overwrites the oldest transition once full, sharing all but one trie path with this
 * one ({@link PersistentVector}).
 */
public final class ReplayBuffer {

    private final PersistentVector<Experience> slots;
    private final int size;
    private final int next;

    private ReplayBuffer(PersistentVector<Experience> slots, int size, int next) {
        this.slots = slots;
        this.size = size;
        this.next = next;
    }

    /**
     * An empty buffer.
     *
     * @param capacity the most transitions kept, positive
     * @return the buffer
     */
    public static ReplayBuffer empty(int capacity) {
        return new ReplayBuffer(PersistentVector.ofCapacity(capacity), 0, 0);
    }

    /**
     * A buffer with given contents, as a checkpoint saved it: slot i holds
     * {@code experiences.get(i)}.
     *
     * @param capacity the most transitions kept, at least {@code experiences.size()}
     * @param experiences the stored transitions, by slot
     * @param next the slot the next transition overwrites
     * @return the buffer
     */
    static ReplayBuffer of(int capacity, List<Experience> experiences, int next) {
        PersistentVector<Experience> slots = PersistentVector.ofCapacity(capacity);
        for (int i = 0; i < experiences.size(); i++) {
            slots = slots.with(i, Objects.requireNonNull(experiences.get(i), "experience"));
        }
        return new ReplayBuffer(slots, experiences.size(), next);
    }

    /** @return the most transitions kept */
    public int capacity() {
        return slots.capacity();
    }

    /** @return the number of transitions kept */
    public int size() {
        return size;
    }

    /** @return the slot the next transition overwrites */
    int next() {
        return next;
    }

    /** The buffer with one more transition. */
    ReplayBuffer add(Experience experience) {
        Objects.requireNonNull(experience, "experience");
        int capacity = slots.capacity();
        return new ReplayBuffer(slots.with(next, experience), Math.min(size + 1, capacity), (next + 1) % capacity);
    }

    /** A stored transition, index in {@code [0, size)}. */
    Experience get(int index) {
        Objects.checkIndex(index, size);
        return slots.get(index);
    }

    /** Buffers are equal when they hold equal transitions in the same slots. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReplayBuffer b) || b.size != size || b.next != next || b.capacity() != capacity()) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!slots.get(i).equals(b.slots.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * size + next;
    }

    @Override
    public String toString() {
        return "ReplayBuffer[" + size + " of " + capacity() + "]";
    }
}
