package io.aifgym.bench.experiment;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a run has counted so far, at a block boundary: the episodes in progress in each slot,
 * the completed episodes, the sums behind the diagnostic means and the total reward. It is
 * the part of a {@link RunSnapshot} that is not the rollout carry, so a run resumed from it
 * counts on exactly as the uninterrupted run would.
 *
 * @param returns per slot, the return of its episode in progress
 * @param lengths per slot, the steps of its episode in progress
 * @param counts per slot, the episodes it completed
 * @param episodes the completed episodes recorded, in order
 * @param diagnostics per diagnostic name, the sum and count of its non-NaN values
 * @param totalReward the sum of every reward of every slot
 */
public record Tally(double[] returns, int[] lengths, int[] counts, List<EpisodeRecord> episodes,
        SortedMap<String, RunningMean> diagnostics, double totalReward) {

    /**
     * The sum and count behind one diagnostic's mean.
     *
     * @param sum the sum of the values
     * @param count the number of values (a double, as the sum it divides)
     */
    public record RunningMean(double sum, double count) {
    }

    /** Copies everything and checks the per-slot arrays agree. */
    public Tally {
        returns = returns.clone();
        lengths = lengths.clone();
        counts = counts.clone();
        if (lengths.length != returns.length || counts.length != returns.length) {
            throw new IllegalArgumentException("tally: expected returns, lengths and counts for the same slots, found "
                    + returns.length + ", " + lengths.length + " and " + counts.length);
        }
        episodes = List.copyOf(episodes);
        diagnostics = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(diagnostics,
                "diagnostics")));
    }

    /**
     * The tally of a run that has not taken a step.
     *
     * @param slots the number of env copies
     * @return the empty tally
     */
    public static Tally empty(int slots) {
        return new Tally(new double[slots], new int[slots], new int[slots], List.of(), new TreeMap<>(), 0.0);
    }

    /** @return a copy of the returns in progress */
    @Override
    public double[] returns() {
        return returns.clone();
    }

    /** @return a copy of the lengths in progress */
    @Override
    public int[] lengths() {
        return lengths.clone();
    }

    /** @return a copy of the completed counts */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** @return the number of slots */
    public int slots() {
        return returns.length;
    }

    /** Tallies are equal when every number is (bit for bit, as {@link Arrays#equals(double[], double[])}). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Tally t && Arrays.equals(t.returns, returns) && Arrays.equals(t.lengths, lengths)
                && Arrays.equals(t.counts, counts) && t.episodes.equals(episodes) && t.diagnostics.equals(diagnostics)
                && Double.compare(t.totalReward, totalReward) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(returns), Arrays.hashCode(lengths), Arrays.hashCode(counts), episodes,
                diagnostics, totalReward);
    }

    @Override
    public String toString() {
        return "Tally[" + episodes.size() + " episodes, totalReward " + totalReward + "]";
    }

    /** @return the diagnostic means, for a {@link RunResult} */
    Map<String, Double> means() {
        Map<String, Double> out = new TreeMap<>();
        diagnostics.forEach((k, v) -> {
            if (v.count() > 0) {
                out.put(k, v.sum() / v.count());
            }
        });
        return out;
    }
}
