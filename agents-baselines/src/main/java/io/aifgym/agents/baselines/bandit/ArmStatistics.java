package io.aifgym.agents.baselines.bandit;

import io.aifgym.gym.internal.Check;
import java.util.Arrays;

/**
 * Immutable per-arm statistics of a bandit agent: how often each arm was pulled and the sum of
 * its rewards. {@link #with} returns new statistics.
 */
public final class ArmStatistics {

    private final long[] pulls;
    private final double[] sums;
    private final long total;

    private ArmStatistics(long[] pulls, double[] sums, long total) {
        this.pulls = pulls;
        this.sums = sums;
        this.total = total;
    }

    /**
     * Statistics of arms never pulled.
     *
     * @param arms the number of arms, positive
     * @return the statistics
     */
    public static ArmStatistics empty(int arms) {
        Check.positive(arms, "arms");
        return new ArmStatistics(new long[arms], new double[arms], 0);
    }

    /**
     * Statistics from saved counts (for checkpoints).
     *
     * @param pulls per arm, its pulls
     * @param sums per arm, its reward sum
     * @param arms the number of arms they must have
     * @return the statistics
     * @throws IllegalArgumentException if the lengths differ from {@code arms} or a count is negative
     */
    static ArmStatistics restored(long[] pulls, double[] sums, int arms) {
        if (pulls == null || sums == null || pulls.length != arms || sums.length != arms) {
            throw new IllegalArgumentException("statistics: expected pulls and sums for " + arms + " arms, found "
                    + (pulls == null ? "no" : pulls.length) + " and " + (sums == null ? "no" : sums.length));
        }
        long total = 0;
        for (int a = 0; a < arms; a++) {
            if (pulls[a] < 0) {
                throw new IllegalArgumentException("statistics.pulls[" + a + "]: expected a non-negative count, found "
                        + pulls[a]);
            }
            total += pulls[a];
        }
        return new ArmStatistics(pulls.clone(), sums.clone(), total);
    }

    /** @return the number of arms */
    public int arms() {
        return pulls.length;
    }

    /** @return the total number of pulls */
    public long total() {
        return total;
    }

    /**
     * The pulls of one arm.
     *
     * @param arm the arm
     * @return its number of pulls
     */
    public long pulls(int arm) {
        return pulls[Check.index(arm, pulls.length, "arm")];
    }

    /**
     * The reward sum of one arm.
     *
     * @param arm the arm
     * @return the sum of its rewards
     */
    public double sum(int arm) {
        return sums[Check.index(arm, sums.length, "arm")];
    }

    /**
     * The mean reward of one arm.
     *
     * @param arm the arm
     * @return its sample mean, or 0 if it was never pulled
     */
    public double mean(int arm) {
        long n = pulls(arm);
        return n == 0 ? 0.0 : sums[arm] / n;
    }

    /**
     * The statistics after one more pull.
     *
     * @param arm the arm pulled
     * @param reward its reward, finite
     * @return the new statistics
     */
    public ArmStatistics with(int arm, double reward) {
        Check.index(arm, pulls.length, "arm");
        Check.finite(reward, "reward");
        long[] p = pulls.clone();
        double[] s = sums.clone();
        p[arm]++;
        s[arm] += reward;
        return new ArmStatistics(p, s, total + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArmStatistics a && a.total == total && Arrays.equals(a.pulls, pulls)
                && Arrays.equals(a.sums, sums);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(pulls) + Arrays.hashCode(sums);
    }

    @Override
    public String toString() {
        return "ArmStatistics[pulls " + Arrays.toString(pulls) + ", sums " + Arrays.toString(sums) + "]";
    }
}
