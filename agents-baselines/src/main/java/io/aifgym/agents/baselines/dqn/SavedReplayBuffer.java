package io.aifgym.agents.baselines.dqn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The saved form of a {@link ReplayBuffer}, for checkpoints: its stored transitions by slot,
 * column by column, and the slot the next transition overwrites. Observations are the
 * flattened ones the agent stores ({@code width} values each, one-hot for discrete spaces).
 *
 * @param capacity the most transitions kept
 * @param size the number of transitions kept, in slots {@code [0, size)}
 * @param next the slot the next transition overwrites ({@code size} until the buffer is full)
 * @param observations {@code size * width} values: slot 0's observation, then slot 1's, ...
 * @param actions {@code size} action indices
 * @param rewards {@code size} rewards
 * @param nextObservations {@code size * width} values, as {@code observations}
 * @param terminated {@code size} flags: whether the transition ended its episode inside the MDP
 */
public record SavedReplayBuffer(int capacity, int size, int next, double[] observations, int[] actions,
        double[] rewards, double[] nextObservations, boolean[] terminated) {

    /**
     * The saved form of a buffer.
     *
     * @param buffer the buffer
     * @param width the length of its flattened observations
     * @return its contents by slot
     */
    static SavedReplayBuffer of(ReplayBuffer buffer, int width) {
        int size = buffer.size();
        double[] observations = new double[size * width];
        double[] nextObservations = new double[size * width];
        int[] actions = new int[size];
        double[] rewards = new double[size];
        boolean[] terminated = new boolean[size];
        for (int i = 0; i < size; i++) {
            Experience e = buffer.get(i);
            e.copyObservation(observations, i * width);
            e.copyNextObservation(nextObservations, i * width);
            actions[i] = e.action();
            rewards[i] = e.reward();
            terminated[i] = e.terminated();
        }
        return new SavedReplayBuffer(buffer.capacity(), size, buffer.next(), observations, actions, rewards,
                nextObservations, terminated);
    }

    /**
     * The buffer this form describes, which must fit an agent's config and spaces.
     *
     * @param field the field name for messages
     * @param expectedCapacity the capacity it must have (the config's {@code replayCapacity})
     * @param width the length of the agent's flattened observations
     * @param numActions the number of actions
     * @return the buffer
     * @throws IllegalArgumentException naming the field, if the capacity differs, the counters
     *     are out of range or a column has the wrong length or an action out of range
     */
    ReplayBuffer buffer(String field, int expectedCapacity, int width, int numActions) {
        if (capacity != expectedCapacity) {
            throw new IllegalArgumentException(field + ".capacity: expected " + expectedCapacity
                    + " (the config's replayCapacity), found " + capacity);
        }
        if (size < 0 || size > capacity) {
            throw new IllegalArgumentException(field + ".size: expected a count in [0, " + capacity + "], found "
                    + size);
        }
        if (size < capacity ? next != size : next < 0 || next >= capacity) {
            throw new IllegalArgumentException(field + ".next: expected "
                    + (size < capacity ? size + " (the size of a buffer that is not full)"
                            : "a slot in [0, " + capacity + ")")
                    + ", found " + next);
        }
        long values = (long) size * width;
        checkLength(field + ".observations", observations == null ? -1 : observations.length, values);
        checkLength(field + ".nextObservations", nextObservations == null ? -1 : nextObservations.length, values);
        checkLength(field + ".actions", actions == null ? -1 : actions.length, size);
        checkLength(field + ".rewards", rewards == null ? -1 : rewards.length, size);
        checkLength(field + ".terminated", terminated == null ? -1 : terminated.length, size);
        List<Experience> experiences = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (actions[i] < 0 || actions[i] >= numActions) {
                throw new IllegalArgumentException(field + ".actions[" + i + "]: expected an action index in [0, "
                        + numActions + "), found " + actions[i]);
            }
            experiences.add(new Experience(Arrays.copyOfRange(observations, i * width, (i + 1) * width), actions[i],
                    rewards[i], Arrays.copyOfRange(nextObservations, i * width, (i + 1) * width), terminated[i]));
        }
        return ReplayBuffer.of(capacity, experiences, next);
    }

    private static void checkLength(String field, int found, long expected) {
        if (found < 0) {
            throw new IllegalArgumentException(field + ": expected " + expected + " values, found none");
        }
        if (found != expected) {
            throw new IllegalArgumentException(field + ": expected " + expected + " values, found " + found);
        }
    }
}
